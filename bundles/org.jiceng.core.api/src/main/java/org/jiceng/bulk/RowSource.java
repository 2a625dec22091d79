package org.jiceng.bulk;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Rows of a file handed over a chunk at a time as the file is read, so an import never holds the
 * whole file. Rows that could not even be read are not handed over; {@link #failed()} tells the
 * importer that the file will be refused, so it must write nothing.
 */
@ConsumerType
public interface RowSource<R> {

    /** Up to {@code max} further rows in file order; an empty list once the file is read to its end. */
    List<R> next(int max);

    /** True once any row read so far was unreadable (its error is reported by the reader). */
    boolean failed();
}
