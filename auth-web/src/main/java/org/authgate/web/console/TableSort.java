package org.authgate.web.console;

import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The column a PrimeFaces table asks to sort by, as the browser sent it: an untrusted name that a facade
 * maps through its own whitelist before anything reaches a query.
 */
record TableSort(String field, boolean ascending) implements Serializable {

    /** The first active sort of a table's request, or null when the table is unsorted. */
    static TableSort of(Map<String, SortMeta> sortBy) {
        if (sortBy == null) {
            return null;
        }
        return sortBy.values().stream().filter(m -> m.getField() != null && m.getOrder() != null
                        && !m.getOrder().isUnsorted()).sorted()
                .map(m -> new TableSort(m.getField(), m.getOrder() == SortOrder.ASCENDING)).findFirst().orElse(null);
    }
}
