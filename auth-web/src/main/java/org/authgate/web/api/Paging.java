package org.authgate.web.api;

import java.util.function.Function;
import org.authgate.web.usecase.Counted;

/** One page of an admin list: the rows and a count capped so it never scans a whole big table. */
final class Paging {
    static final long COUNT_CAP = 10_000;

    private Paging() {
    }

    /**
     * @param read rows for (offset, limit), newest first, with the matches counted up to the given cap
     */
    static <D, V> ApiViews.Page<V> page(int offset, int limit, Read<D> read, Function<D, V> view) {
        int from = Math.max(0, offset);
        int size = Params.limit(limit);
        Counted<D> counted = read.page(from, size, COUNT_CAP);
        long total = counted.count();
        return new ApiViews.Page<>(counted.rows().stream().map(view).toList(), from, size, Math.min(total, COUNT_CAP),
                total > COUNT_CAP);
    }

    /** A use case's read of one page and its count. */
    @FunctionalInterface
    interface Read<D> {
        Counted<D> page(int offset, int limit, long cap);
    }
}
