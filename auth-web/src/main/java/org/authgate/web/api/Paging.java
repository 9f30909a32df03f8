package org.authgate.web.api;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;
import org.authgate.web.core.Gateway;

/** One page of an admin list: the rows and a count capped so it never scans a whole big table. */
final class Paging {
    static final long COUNT_CAP = 10_000;

    private Paging() {
    }

    /**
     * @param search rows for (offset, limit), newest first
     * @param count  matches counted up to the given cap
     */
    static <D, V> ApiViews.Page<V> page(Gateway gateway, int offset, int limit,
                                       BiFunction<Integer, Integer, List<D>> search, LongUnaryOperator count,
                                       Function<D, V> view) {
        int from = Math.max(0, offset);
        int size = Params.limit(limit);
        return gateway.run(() -> {
            List<V> items = search.apply(from, size).stream().map(view).toList();
            long total = count.applyAsLong(COUNT_CAP);
            return new ApiViews.Page<>(items, from, size, Math.min(total, COUNT_CAP), total > COUNT_CAP);
        });
    }
}
