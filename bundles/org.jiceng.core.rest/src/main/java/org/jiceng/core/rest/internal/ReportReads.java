package org.jiceng.core.rest.internal;

import java.util.function.Supplier;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import org.jiceng.cluster.ReadReplica;
import org.jiceng.persistence.ReplicaReads;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Statistics a streaming replica may serve: {@link #read} reads the replica when it has caught up
 * with the primary as the request comes (every write acknowledged before, the caller's own
 * included, is there), else the primary, and the answer's header {@value ReadReplica#HEADER} says
 * which. The decision is kept for the request's thread from the resource to the response filter.
 */
@Component(service = {ReportReads.class, ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
public class ReportReads implements ContainerRequestFilter, ContainerResponseFilter {
    private static final ThreadLocal<String> READ_FROM = new ThreadLocal<>();

    private final ReadReplica replica;

    @Activate
    public ReportReads(@Reference ReadReplica replica) {
        this.replica = replica;
    }

    /** Runs a statistic's reading on the replica when it may, on the primary otherwise. */
    public <T> T read(Supplier<T> statistic) {
        boolean onReplica = replica.caughtUp();
        READ_FROM.set(onReplica ? "replica" : "primary");
        return onReplica ? ReplicaReads.onReplica(statistic) : statistic.get();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        READ_FROM.remove(); // a thread's earlier request ended without its response filter
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String from = READ_FROM.get();
        if (from != null) {
            response.getHeaders().putSingle(ReadReplica.HEADER, from);
            READ_FROM.remove();
        }
    }
}
