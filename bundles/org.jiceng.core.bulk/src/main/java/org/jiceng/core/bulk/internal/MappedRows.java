package org.jiceng.core.bulk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.jiceng.bulk.RowError;
import org.jiceng.bulk.RowSource;

/**
 * Hands the registry the readable rows of a file a chunk at a time, typed by a row mapper; rows
 * with unreadable cells are reported and left out, and make the source {@link #failed()}.
 */
final class MappedRows<R> implements RowSource<R> {
    private final TableReader.Rows table;
    private final ImportJobs.ParseErrors errors;
    private final BiFunction<TableRow, List<RowError>, R> mapper;
    private final Runnable onRowRead;

    MappedRows(TableReader.Rows table, ImportJobs.ParseErrors errors, BiFunction<TableRow, List<RowError>, R> mapper, Runnable onRowRead) {
        this.table = table;
        this.errors = errors;
        this.mapper = mapper;
        this.onRowRead = onRowRead;
    }

    @Override
    public List<R> next(int max) {
        List<R> chunk = new ArrayList<>(max);
        while (chunk.size() < max && table.hasNext()) {
            List<RowError> rowErrors = new ArrayList<>(2);
            R row = mapper.apply(table.next(), rowErrors);
            onRowRead.run();
            if (errors.take(rowErrors)) {
                chunk.add(row);
            }
        }
        return chunk;
    }

    @Override
    public boolean failed() {
        return errors.count > 0;
    }
}
