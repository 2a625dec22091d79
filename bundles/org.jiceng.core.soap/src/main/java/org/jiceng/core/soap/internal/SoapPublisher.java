package org.jiceng.core.soap.internal;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JAXWSMethodInvoker;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.service.invoker.Invoker;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.jiceng.health.FrameworkStart;
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
 * <p>An endpoint registered before the server has been ready once is not built then: building its service model
 * takes 70–500 ms of CPU, which a start on two cores takes from everything else on its path (about 1.4 s of a
 * restart with all modules; on the thread that registered it, an endpoint even delayed everything after it). It is
 * built at its first request, before CXF looks for it ({@link SoapFirstUse}), or on the publishing thread once the
 * server has been ready ({@value #START_WAIT_SECONDS} s at the most after it was registered, for a server whose
 * readiness nobody asks), whichever comes first, so it answers from the first moment the server is ready. Once the
 * server has been ready an endpoint is published as its service comes, so a module installed at run time answers
 * SOAP as soon as its bundle has started.
 */
@Component(immediate = true, service = SoapPublisher.class)
public class SoapPublisher {
    /** How long an endpoint registered during the start waits for the server's first ready moment before it is built anyway. */
    static final int START_WAIT_SECONDS = 60;
    /** How long a first request waits for its endpoint to be built. */
    private static final int FIRST_USE_WAIT_SECONDS = 30;

    private final Logger logger = LoggerFactory.getLogger(SoapPublisher.class);

    private final Bus bus;
    private final Authenticator authenticator;
    private final ModuleRegistry modules;
    private final Map<ServiceReference<SoapEndpoint>, Server> servers = new ConcurrentHashMap<>();
    private final Map<ServiceReference<SoapEndpoint>, SoapEndpoint> pending = new ConcurrentHashMap<>();
    /** Endpoints registered during the start and not built yet, by address. */
    private final Map<String, Deferred> deferred = new ConcurrentHashMap<>();
    private final ScheduledExecutorService publishing = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "jiceng-soap-publishing");
        thread.setDaemon(true);
        return thread;
    });
    /** Guards {@link #afterStart}; never held while an endpoint is built. */
    private final Object scheduling = new Object();
    /** The publishing thread's watch for the server's first ready moment, while endpoints are deferred. */
    private ScheduledFuture<?> afterStart;
    private long afterStartDeadline;
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
        // Bound before this constructor, and so before the readiness service can be (a field set after it): deferred.
        // That is the start's case; when this bundle alone restarts in a running server, they are built at once after.
        pending.forEach(this::defer);
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
            defer(reference, implementation);
        }
    }

    private void defer(ServiceReference<SoapEndpoint> reference, SoapEndpoint implementation) {
        deferred.put(addressOf(reference), new Deferred(reference, implementation));
        synchronized (scheduling) {
            if (afterStart == null && active) {
                afterStartDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_WAIT_SECONDS);
                afterStart = publishing.scheduleWithFixedDelay(this::publishDeferredOnceStarted, 250, 250, TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * On the publishing thread, every 250 ms while endpoints are deferred: once the server has been ready, builds one
     * of them a run, so that a first request's build ({@link #publishOnFirstUse}) waits for one build at the most, not
     * for all of them, and the work after the start is spread over a few seconds.
     */
    private void publishDeferredOnceStarted() {
        synchronized (scheduling) {
            if (!started() && System.nanoTime() < afterStartDeadline) {
                return;
            }
        }
        Iterator<String> next = deferred.keySet().iterator();
        if (next.hasNext()) {
            publishDeferred(next.next());
            return;
        }
        synchronized (scheduling) {
            if (deferred.isEmpty() && afterStart != null) {
                afterStart.cancel(false);
                afterStart = null;
            }
        }
    }

    /**
     * Builds the endpoint at {@code address} (as its request path names it, {@code /RegistryService}) if its building
     * was left for later, on the publishing thread, and waits for it: called before CXF looks for the endpoint of a
     * request, so the first request of a deferred endpoint is answered by it, not with a 404.
     */
    void publishOnFirstUse(String address) {
        if (!deferred.containsKey(address)) {
            return;
        }
        try {
            long begun = System.nanoTime();
            publishing.submit(() -> publishDeferred(address)).get(FIRST_USE_WAIT_SECONDS, TimeUnit.SECONDS);
            logger.info("SOAP endpoint {} built for its first request ({} ms)", address, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            logger.warn("SOAP endpoint {} not built for its first request: {}", address, e.toString());
        }
    }

    /** Kept among the deferred until built, so that a first request during the build waits for it instead of passing. */
    private synchronized void publishDeferred(String address) {
        Deferred endpoint = deferred.get(address);
        if (endpoint != null && active) {
            publish(endpoint.reference(), endpoint.implementation());
        }
        if (endpoint != null) {
            deferred.remove(address, endpoint);
        }
    }

    private static String addressOf(ServiceReference<SoapEndpoint> reference) {
        String address = String.valueOf(reference.getProperty(ModuleEndpoints.SOAP_ADDRESS));
        return address.startsWith("/") ? address : "/" + address;
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
        deferred.values().removeIf(endpoint -> endpoint.reference().equals(reference));
        Server server = servers.remove(reference);
        if (server != null) {
            server.destroy();
            logger.info("SOAP endpoint {} removed", reference.getProperty(ModuleEndpoints.SOAP_ADDRESS));
        }
    }

    private synchronized void publish(ServiceReference<SoapEndpoint> reference, SoapEndpoint implementation) {
        String address = addressOf(reference);
        Bus previous = BusFactory.getThreadDefaultBus(false);
        try {
            JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
            factory.setBus(bus);
            factory.setServiceClass(implementation.getClass());
            factory.setServiceBean(implementation);
            factory.setAddress(address);
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
        deferred.clear();
        servers.values().forEach(Server::destroy);
        servers.clear();
        bus.shutdown(true);
    }

    private record Deferred(ServiceReference<SoapEndpoint> reference, SoapEndpoint implementation) {
    }
}
