package org.jiceng.core.health.internal;

import java.util.HashSet;
import java.util.Set;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.feature.Feature;
import org.apache.cxf.interceptor.InterceptorProvider;
import org.apache.cxf.jaxrs.JAXRSServiceImpl;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.service.Service;
import org.osgi.service.component.annotations.Component;

/**
 * Sees every build of the default JAX-RS application and remembers which resource classes the
 * last built server serves. The Aries whiteboard lists a resource in its runtime DTO before it
 * rebuilds the application with it, and a rebuild takes from milliseconds to seconds on a loaded
 * machine: until the built server has the class, requests for it still answer 404, so "listed" is
 * not "answering". A CXF feature is the whiteboard's only hook that runs inside a build.
 */
@Component(service = {Feature.class, ApplicationBuilds.class}, property = {"osgi.jaxrs.extension=true",
        "osgi.jaxrs.name=jiceng.application-builds"})
public class ApplicationBuilds implements Feature {
    private volatile Set<String> served = Set.of();
    private volatile Server last;

    /** Called by CXF while it creates the application's server, once per (re)build. */
    @Override
    public void initialize(Server server, Bus bus) {
        Service service = server.getEndpoint().getService();
        Set<String> classes = new HashSet<>();
        if (service instanceof JAXRSServiceImpl) {
            for (ClassResourceInfo resource : ((JAXRSServiceImpl) service).getClassResourceInfos()) {
                classes.add(resource.getResourceClass().getName());
                classes.add(resource.getServiceClass().getName());
            }
        }
        served = Set.copyOf(classes);
        last = server;
    }

    /**
     * Whether the server built last serves the resource implemented by this class, and is started:
     * CXF applies features while it creates the server, a moment before the whiteboard starts it.
     */
    public boolean serves(String resourceClass) {
        Server server = last;
        return server != null && server.isStarted() && served.contains(resourceClass);
    }

    @Override
    public void initialize(Client client, Bus bus) {
        // servers only: the application is never a client
    }

    @Override
    public void initialize(InterceptorProvider interceptorProvider, Bus bus) {
        // nothing to add to interceptor chains
    }

    @Override
    public void initialize(Bus bus) {
        // nothing bus-wide
    }
}
