package org.jiceng.core.rest.internal.modules;

import javax.ws.rs.Path;

/**
 * Steps over one literal segment of a module resource's class path. A sub-resource's class
 * {@code @Path} is ignored by JAX-RS, so a resource declared at {@code …/<module-id>/delegates}
 * is reached through one hop per segment below the module id, and its methods then match the
 * rest of the path exactly as they would as a root resource.
 */
public final class Hop {
    private final int remaining;
    private final Object target;

    Hop(int remaining, Object target) {
        this.remaining = remaining;
        this.target = target;
    }

    /** The segment was chosen by {@link ModuleRoutes} already; only its count matters here. */
    @Path("{jicengRouteSegment}")
    public Object next() {
        return remaining <= 1 ? target : new Hop(remaining - 1, target);
    }
}
