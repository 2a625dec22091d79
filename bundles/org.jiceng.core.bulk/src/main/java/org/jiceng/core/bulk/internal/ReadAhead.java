package org.jiceng.core.bulk.internal;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jiceng.bulk.RowSource;

/**
 * Reads a file's next chunks on a thread of its own while the importer checks and writes the
 * current one, so reading and parsing (XLSX above all) overlap with the database work instead of
 * taking turns with it. At most {@link #AHEAD} chunks wait, so memory stays flat in the file's size.
 * A reading failure reaches the importer as the exception itself, at the chunk where it happened;
 * {@link #failed()} is the source's state as of the last chunk handed over. Closing it stops the
 * reader, also when the importer gave up early.
 */
final class ReadAhead<R> implements RowSource<R>, AutoCloseable {
    static final int AHEAD = 2;

    /** A chunk as read, with whether the source had failed by then, or what went wrong reading it. */
    private record Chunk<R>(List<R> rows, boolean failed, RuntimeException error) {
    }

    private final BlockingQueue<Chunk<R>> ready = new ArrayBlockingQueue<>(AHEAD);
    private final RowSource<R> source;
    private final String name;
    private Thread reader;
    private volatile boolean failed;
    private boolean ended;

    ReadAhead(RowSource<R> source, String name) {
        this.source = source;
        this.name = name;
    }

    /** Starts reading ahead in chunks of the size the importer asks for first. */
    private void start(int chunkSize) {
        reader = new Thread(() -> {
            try {
                List<R> rows;
                do {
                    Chunk<R> chunk;
                    try {
                        rows = source.next(chunkSize);
                        chunk = new Chunk<>(rows, source.failed(), null);
                    } catch (RuntimeException e) {
                        rows = List.of();
                        chunk = new Chunk<>(rows, true, e);
                    }
                    ready.put(chunk);
                } while (!rows.isEmpty());
            } catch (InterruptedException e) {
                // closed before the end: the importer no longer wants rows
            }
        }, name);
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public List<R> next(int max) {
        if (ended) {
            return List.of();
        }
        if (reader == null) {
            start(max);
        }
        Chunk<R> chunk;
        try {
            chunk = ready.poll(1, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the file's next rows", e);
        }
        if (chunk == null) {
            throw new IllegalStateException("The file's reader stopped answering");
        }
        failed = chunk.failed();
        if (chunk.error() != null) {
            ended = true;
            throw chunk.error();
        }
        ended = chunk.rows().isEmpty();
        if (chunk.rows().size() > max) {
            throw new IllegalStateException("Asked for " + max + " rows, read ahead " + chunk.rows().size());
        }
        return chunk.rows();
    }

    @Override
    public boolean failed() {
        return failed;
    }

    @Override
    public void close() {
        if (reader == null) {
            return;
        }
        reader.interrupt();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
