package org.jiceng.core.soap.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JAXWSMethodInvoker;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.service.invoker.Invoker;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.jiceng.health.FrameworkStart;
import org.jiceng.health.ReadinessCheck;
import org.jiceng.health.ServerReadiness;
import org.jiceng.module.ModuleDeclaration;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRegistry;
import org.jiceng.module.SoapEndpoint;
import org.jiceng.security.Authenticator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SOAP whiteboard: every service registered with {@code jiceng.soap.address} (core or module) is
 * published under {@code /services<address>} on CXF's servlet, and unpublished when the service
 * goes away, so a module's endpoint comes and goes with its bundle without touching others. An
 * endpoint of a module bundle gets the module gate ({@link ModuleGateInvoker}); one with an
 * operation the gate cannot check is not published (see {@link ModuleEndpoints}).
 *
 * <p>Until the server has been ready once, endpoints are published on a thread of their own:
 * building an endpoint's service model takes 70–500 ms, and on the thread that registered it it
 * delayed everything after it — the framework's start-level thread while bundles start, then the
 * configuration thread that brings the data source up, on which every persistence unit and the
 * components over it come (the core's eight endpoints and one per module, one after another: about
 * 2 s of a restart with all modules). Readiness ({@value #READINESS}) waits until those are
 * published. Once the server has been ready an endpoint is published as its service comes, so a
 * module installed at run time answers SOAP as soon as its bundle has started.
 */
@Component(immediate = true, service = ReadinessCheck.class)
public class SoapPublisher implements ReadinessCheck {
    static final String READINESS = "soap-endpoints";

    private final Logger logger = LoggerFactory.getLogger(SoapPublisher.class);

    private final Bus bus;
    private final Authenticator authenticator;
    private final ModuleRegistry modules;
    private final Map<ServiceReference<SoapEndpoint>, Server> servers = new ConcurrentHashMap<>();
    private final Map<ServiceReference<SoapEndpoint>, SoapEndpoint> pending = new ConcurrentHashMap<>();
    /** Endpoints handed to the publishing thread during the start and not yet published. */
    private final Map<ServiceReference<SoapEndpoint>, SoapEndpoint> queued = new ConcurrentHashMap<>();
    private final ExecutorService publishing = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "jiceng-soap-publishing");
        thread.setDaemon(true);
        return thread;
    });
    private final FrameworkStart frameworkStart;
    private final BundleContext context;
    private volatile boolean active;

    /** Optional: without the health bundle, the start is over when the framework says so. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServerReadiness readiness;

    /** The HTTP transport reference makes sure CXF's servlet-backed transport exists before our bus. */
    @Activate
    public SoapPublisher(@Reference HTTPTransportFactory httpTransport, @Reference Authenticator authenticator, @Reference ModuleRegistry modules,
            BundleContext context) {
        this.authenticator = authenticator;
        this.modules = modules;
        this.context = context;
        this.frameworkStart = FrameworkStart.watch(context);
        Map<Class<?>, Object> extensions = new HashMap<>();
        extensions.put(BundleContext.class, context);
        Bus previous = BusFactory.getThreadDefaultBus(false);
        try {
            this.bus = new CXFBusFactory().createBus(extensions);
            XmlHardening.apply(bus);
        } finally {
            BusFactory.setThreadDefaultBus(previous);
        }
        active = true;
        // Bound before this constructor, and so before the readiness service can be (a field set after it): on the
        // publishing thread. That is the start's case; when this bundle alone restarts in a running server, readiness
        // names its endpoints as being published for the moment it takes.
        pending.forEach(this::queue);
        pending.clear();
    }

    @Reference(target = "(" + ModuleEndpoints.SOAP_ADDRESS + "=*)", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEndpoint(ServiceReference<SoapEndpoint> reference, SoapEndpoint implementation) {
        if (active) {
            accept(reference, implementation);
        } else {
            pending.put(reference, implementation);
        }
    }

    private void accept(ServiceReference<SoapEndpoint> reference, SoapEndpoint implementation) {
        if (started()) {
            publish(reference, implementation);
        } else {
            queue(reference, implementation);
        }
    }

    private void queue(ServiceReference<SoapEndpoint> reference, SoapEndpoint implementation) {
        queued.put(reference, implementation);
        publishing.execute(() -> publishQueued(reference));
    }

    private synchronized void publishQueued(ServiceReference<SoapEndpoint> reference) {
        SoapEndpoint implementation = queued.get(reference);
        if (implementation != null) {
            publish(reference, implementation);
            queued.remove(reference);
        }
    }

    /** Whether the server is past its start: ready once, or without a readiness service, its framework started. */
    private boolean started() {
        ServerReadiness server = readiness;
        if (server != null) {
            return server.hasBeenReady();
        }
        // Not bound yet need not mean there is none: the endpoints' reference may be bound before the readiness field
        // (DS binds them in the order of the component's description). Taken for "no readiness service", a restart's
        // endpoints met a framework whose start had completed before the data source came up, and were built on the
        // thread that registered them, the configuration thread every persistence unit and component comes up on
        // (0.5 s of a restart's path for the core's endpoint alone).
        ServiceReference<ServerReadiness> registered = context.getServiceReference(ServerReadiness.class);
        ServerReadiness found = registered == null ? null : context.getService(registered);
        if (found == null) {
            return frameworkStart.complete();
        }
        try {
            return found.hasBeenReady();
        } finally {
            context.ungetService(registered);
        }
    }

    /** Waits for a publication in progress (synchronized), so a removed endpoint is never published after its removal. */
    synchronized void removeEndpoint(ServiceReference<SoapEndpoint> reference) {
        pending.remove(reference);
        queued.remove(reference);
        Server server = servers.remove(reference);
        if (server != null) {
            server.destroy();
            logger.info("SOAP endpoint {} removed", reference.getProperty(ModuleEndpoints.SOAP_ADDRESS));
        }
    }

    @Override
    public String name() {
        return READINESS;
    }

    @Override
    public Optional<String> notReadyReason() {
        int waiting = queued.size();
        return waiting == 0 ? Optional.empty() : Optional.of(waiting + " SOAP endpoint(s) being published");
    }

    private synchronized void publish(ServiceReference<SoapEndpoint> reference, SoapEndpoint implementation) {
        String address = String.valueOf(reference.getProperty(ModuleEndpoints.SOAP_ADDRESS));
        Bus previous = BusFactory.getThreadDefaultBus(false);
        try {
            JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
            factory.setBus(bus);
            factory.setServiceClass(implementation.getClass());
            factory.setServiceBean(implementation);
            factory.setAddress(address.startsWith("/") ? address : "/" + address);
            factory.setProperties(XmlHardening.endpointProperties());
            factory.getOutFaultInterceptors().add(new FaultMapper());
            factory.getInInterceptors().add(new SoapAuthentication(authenticator));
            factory.setStart(false); // the gate needs the operations CXF built before any call can come
            Server server = factory.create();
            String moduleId = moduleOf(reference);
            Invoker operations = new JAXWSMethodInvoker(implementation);
            if (moduleId != null) {
                try {
                    operations = ModuleGateInvoker.of(moduleId, modules, server.getEndpoint(), operations);
                } catch (ModuleGateInvoker.UngatedOperationException e) {
                    server.destroy();
                    logger.error("SOAP endpoint {} of module {} not published: its {}", address, moduleId, e.getMessage());
                    return;
                }
            }
            server.getEndpoint().getService().setInvoker(new CallerBindingInvoker(operations));
            server.start();
            servers.put(reference, server);
            logger.info("SOAP endpoint {} published for {}{}", address, implementation.getClass().getName(),
                    moduleId == null ? "" : ", gated for module " + moduleId);
        } catch (RuntimeException e) {
            logger.error("Cannot publish SOAP endpoint {}", address, e);
        } finally {
            BusFactory.setThreadDefaultBus(previous);
        }
    }

    /** The module that registered the endpoint, or null for the core's own. */
    private static String moduleOf(ServiceReference<SoapEndpoint> reference) {
        Bundle bundle = reference.getBundle();
        return ModuleDeclaration.of(bundle).map(ModuleDeclaration::id).orElse(null);
    }

    /** Synchronized: a publication in progress finishes first, so no endpoint outlives the publisher. */
    @Deactivate
    synchronized void deactivate() {
        active = false;
        frameworkStart.close();
        publishing.shutdownNow();
        queued.clear();
        servers.values().forEach(Server::destroy);
        servers.clear();
        bus.shutdown(true);
    }
}
