package org.jiceng.cluster;

/**
 * Tells every node that shared data it caches has changed, so each reloads it: a module enabled
 * for a jurisdiction, a jurisdiction renamed or deleted. On PostgreSQL the signal travels by
 * {@code LISTEN/NOTIFY} and reaches the other nodes within milliseconds; a node that lost its
 * listening connection runs every listener once it is back, since it may have missed signals.
 */
public interface ClusterSignals {
    /**
     * Runs this node's listeners of the topic at once, on the calling thread, and signals the other
     * nodes. Call it after the change has committed (see {@code Transactions.afterCommit}): a node
     * that reloads before the commit would reload the old data.
     */
    void signal(String topic);

    /**
     * Signals only the other nodes: for a change this node has applied to its own cache already
     * (or caused itself), so its listeners have nothing to do. After the commit, as {@link #signal}.
     */
    void signalOthers(String topic);

    /**
     * Runs {@code onSignal} whenever the topic is signalled, on this node or another. Listeners of
     * other nodes' signals run on the signal thread and must be quick (reload a cache, not compute
     * a report). Close the returned handle to stop listening.
     */
    AutoCloseable listen(String topic, Runnable onSignal);
}
