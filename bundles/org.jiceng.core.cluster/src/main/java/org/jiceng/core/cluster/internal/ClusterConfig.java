package org.jiceng.core.cluster.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Jiceng cluster", description = "This node among the nodes sharing the database")
public @interface ClusterConfig {
    String PID = "org.jiceng.cluster";

    @AttributeDefinition(description = "This node's name among the nodes (blank: the host name and a random suffix, kept in data/cluster/node-id)")
    String nodeId() default "";

    @AttributeDefinition(description = "Seconds between two heartbeats of this node")
    int heartbeatSeconds() default 2;

    @AttributeDefinition(description = "Seconds without a heartbeat after which a node counts as dead and its job firings are taken over")
    int deadAfterSeconds() default 10;

    @AttributeDefinition(description = "Seconds a lease lasts unless renewed: how long continuous work (the event relay) pauses when its node dies")
    int leaseSeconds() default 15;

    @AttributeDefinition(description = "Milliseconds a report waits for the read replica (data source jiceng-replica) to replay the primary's "
            + "log before it reads the primary instead")
    int replicaMaxWaitMillis() default 200;
}
