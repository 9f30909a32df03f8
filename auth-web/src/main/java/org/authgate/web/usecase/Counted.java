package org.authgate.web.usecase;

import java.util.List;

/**
 * One page of a search and how many rows match, counted up to a cap (so a count never scans a whole big table),
 * read in the same unit of work so that the two agree.
 *
 * @param count the matches counted, at most the cap the caller gave plus one
 */
public record Counted<T>(List<T> rows, long count) {
}
