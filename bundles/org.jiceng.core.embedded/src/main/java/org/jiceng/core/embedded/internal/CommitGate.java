package org.jiceng.core.embedded.internal;

import java.util.concurrent.locks.ReentrantLock;

import org.osgi.service.component.annotations.Component;

/**
 * Lets one commit of the embedded H2 through at a time, and no compaction step beside it.
 *
 * <p>Why: H2 writes its store (a chunk per commit under {@code WRITE_DELAY=0}) from a snapshot of
 * each table's tree taken one tree after the other, while other transactions go on committing: a
 * commit marks its undo log, makes its rows committed one by one and clears the log, and nothing
 * stops a chunk from catching the entry table after that and the head table before it (H2's issue
 * #2080, open, in its maintainer's words: "Consistent snapshot is only ensured for a single map, not
 * across all of them"). The next chunk mends it, but a {@code kill -9} between the two leaves a
 * transaction half there on restart: seen in full test runs as an audit entry without its head's move
 * (2.4.240) and as the head moved past two missing entries (2.2.224). Each commit writes its own chunk
 * before it returns; with the commits in a row, every chunk is written between two whole commits.
 *
 * <p>The cost is small: H2 already writes the chunks one at a time under its store lock, which is
 * most of a commit's time; the gate adds only the marking of a commit's rows to that row. What it does
 * not cover: a statement that writes so much that H2 stores in the middle of it (an import's batch);
 * such a chunk may still catch another commit half-way, and the next commit's chunk mends it.
 */
@Component(service = CommitGate.class)
public class CommitGate {
    /** Work through the gate that may throw what the JDBC call it wraps throws. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private final ReentrantLock lock = new ReentrantLock();

    <T, E extends Exception> T through(Work<T, E> work) throws E {
        lock.lock();
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }

    boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }
}
