package org.authgate.core.retention;

import java.time.Instant;
import java.util.Map;

/**
 * Port: removes rows past their retention and keeps the tally the summary audit record reports. Joins the caller's
 * transaction.
 *
 * <p>Each purge also adds what it removed to the kind's tally <em>in the same transaction</em>: a batch commits with
 * its count, so the one summary record a sweep writes at its end ({@link #takeTally}) reports exactly the rows that
 * went, whichever node removed them and even when the sweep that removed them died before summarising (the next
 * sweep, on any node, reports them).
 */
public interface RetentionStore {

    /**
     * Removes at most {@code limit} rows of {@code kind} that stopped serving before {@code before}, skipping rows
     * another transaction holds (a second node purging at the same moment takes other rows instead of waiting), and
     * adds the number removed to the kind's tally.
     *
     * @return how many rows this call removed
     */
    int purge(PurgeKind kind, Instant before, int limit);

    /**
     * The tally of every kind since the last call, and zero from now on: locked until the caller's transaction ends,
     * so that two nodes summarising at once report each row once.
     */
    Map<PurgeKind, Long> takeTally();
}
