package org.jiceng.cluster;

/**
 * Continuous work that one node at a time must do (relaying the event outbox, sending webhooks).
 * A lease is held by one node until it stops renewing it; then another node takes it after the
 * lease's time to live, so the work moves off a dead node by itself.
 */
public interface ClusterLeases {
    /**
     * Whether this node holds the named lease now: acquires it when it is free or expired, renews
     * it when this node holds it. Cheap enough to ask before every round of the work: the database
     * is asked only when a third of the lease's time has passed since the last renewal.
     */
    boolean holds(String lease);
}
