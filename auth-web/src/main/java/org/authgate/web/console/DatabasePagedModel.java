package org.authgate.web.console;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table paged in the database: each page and its capped count come from the
 * facade, so no table is ever loaded whole. Filters live in the view bean, which the functions read. The
 * table loads while the page renders, where an exception would be an error page: a filter the facade
 * refuses ({@link InvalidCriteria}) leaves it empty (the view's filter action has already said why).
 */
final class DatabasePagedModel<R> extends LazyDataModel<R> {
    private static final long serialVersionUID = 1L;

    /** Counts the rows matching the view's filters, up to the facade's cap. */
    interface Counter extends Serializable {
        Count count();
    }

    /** One page of rows matching the view's filters, in the order the table asks for (null: its default). */
    interface Loader<R> extends Serializable {
        List<R> load(int first, int size, TableSort sort);
    }

    /** The stable key of a row (PrimeFaces finds selected rows by it). */
    interface RowKey<R> extends Serializable {
        String of(R row);
    }

    private final Counter counter;
    private final Loader<R> loader;
    private final RowKey<R> key;
    private Count total = new Count(0, false);

    DatabasePagedModel(Counter counter, Loader<R> loader, RowKey<R> key) {
        this.counter = counter;
        this.loader = loader;
        this.key = key;
    }

    /** The count of the last page load, for the page report. */
    Count total() {
        return total;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            total = counter.count();
        } catch (InvalidCriteria e) {
            ConsoleMessages.error(e.getMessage());
            total = new Count(0, false);
        }
        return (int) total.value();
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        try {
            return loader.load(first, pageSize, TableSort.of(sortBy));
        } catch (InvalidCriteria e) {
            // count() has already said why
            return List.of();
        }
    }

    @Override
    public String getRowKey(R row) {
        return key.of(row);
    }

    @Override
    public R getRowData(String rowKey) {
        List<R> page = getWrappedData();
        return page == null ? null : page.stream().filter(r -> key.of(r).equals(rowKey)).findFirst().orElse(null);
    }
}
