package org.jiceng.cluster;

/**
 * A streaming replica of the database for reports, exports and statistics, configured as a second
 * data source ({@code etc/org.ops4j.datasource-jiceng-replica.cfg}). A read may go there only when
 * the replica has replayed everything the primary had written when the read began: then it sees
 * every write acknowledged before — the caller's own included, through whichever node it was made.
 */
public interface ReadReplica {
    /** The HTTP header of an answer that may come from the replica: {@code replica} or {@code primary}, which it was read from. */
    String HEADER = "Jiceng-Read-From";
    /**
     * Whether a replica is configured and has replayed the primary's log up to the primary's
     * position now, waiting a little for it (the replica's usual lag) before answering no. Ask once
     * per request, when it begins; then run its reading in
     * {@link org.jiceng.persistence.ReplicaReads#onReplica}.
     */
    boolean caughtUp();
}
