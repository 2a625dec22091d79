/**
 * Several nodes as one system. Every Jiceng node keeps what matters in the shared database; this
 * package is how the core and modules cooperate across nodes without knowing how many there are:
 * {@link org.jiceng.cluster.ClusterJobs} runs a job's firing on one node only, {@link org.jiceng.cluster.ClusterLeases}
 * lets one node at a time do continuous work (the event relay), and {@link org.jiceng.cluster.ClusterSignals}
 * tells every node that something they cache has changed, and {@link org.jiceng.cluster.ReadReplica} says when a
 * streaming replica may serve a report. On one node with the embedded
 * database the same calls work and simply always find this node in charge.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jiceng.cluster;
