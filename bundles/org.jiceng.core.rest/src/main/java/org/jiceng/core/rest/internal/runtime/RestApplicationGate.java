package org.jiceng.core.rest.internal.runtime;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the REST application back until the core's resources are all registered, so that the JAX-RS whiteboard
 * builds it once with all of them instead of once per resource.
 *
 * <p>The Aries whiteboard (2.0.2) rebuilds the whole application, a new CXF server with every resource and
 * extension, each time one of them arrives: 31 builds in a restart, 20–45 ms each, one after the other on the
 * framework's start-level thread, 26 of them in the second and a half just before readiness, as the core's
 * resources came up one by one over the database. Its configuration's {@code application.ready.service.filter}
 * ({@code etc/org.apache.aries.jax.rs.whiteboard.default.cfg}: {@value #PROPERTY}={@value #OPEN}) makes it deploy an
 * application only once a service matching the filter exists; until then it collects resources and extensions
 * without building anything, and it deploys the application with all of them in one build. This component
 * registers that service once every JAX-RS resource this bundle's components declare has been registered, or after
 * {@value #PATIENCE_SECONDS} s at the latest, so that a resource that never comes (a failed component) costs its own
 * path, not the whole API (and before the readiness check's repair, after 30 s, takes the others for lost). Once open the gate stays open while the bundle runs: a resource that leaves and comes
 * back later is added as before, and the application is never taken down for it. Until the gate opens
 * {@code /api/v1} answers 503 problem+json (bundle {@code org.jiceng.core.health}), as while the application was
 * being built. A module's resources are dispatched by the core and never rebuild the application.
 */
@Component(service = {})
public class RestApplicationGate {
    /** The property the whiteboard's {@code application.ready.service.filter} asks for. */
    public static final String PROPERTY = "jiceng.rest.application.gate";
    public static final String OPEN = "open";
    static final int PATIENCE_SECONDS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(RestApplicationGate.class);

    private final BundleContext context;
    /** The service types of this bundle's JAX-RS resources, as its component descriptions declare them. */
    private final Set<String> expected;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean opened = new AtomicBoolean();
    private final ScheduledExecutorService patience = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jiceng-rest-application-gate");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledFuture<?> lastResort;
    private final ServiceTracker<Object, Object> resources;
    private volatile ServiceRegistration<RestApplicationGate> registration;
    private volatile boolean closed;

    @Activate
    public RestApplicationGate(BundleContext context, @Reference ServiceComponentRuntime components) throws InvalidSyntaxException {
        this.context = context;
        this.expected = resources(components.getComponentDescriptionDTOs(context.getBundle()));
        lastResort = patience.schedule(this::openAfterPatience, PATIENCE_SECONDS, TimeUnit.SECONDS);
        patience.shutdown(); // the one task stays scheduled; no thread lingers once it has run or been cancelled
        long bundle = FrameworkUtil.getBundle(RestApplicationGate.class).getBundleId();
        resources = new ServiceTracker<>(context, context.createFilter("(&(osgi.jaxrs.resource=true)(service.bundleid=" + bundle + "))"), null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                registered.addAll(Arrays.asList((String[]) reference.getProperty("objectClass")));
                if (registered.containsAll(expected)) {
                    openGate(); // not open(): inside the tracker that name is the tracker's own
                }
                return reference;
            }
        };
        resources.open();
    }

    private void openAfterPatience() {
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(registered);
        LOG.warn("REST resources {} not registered {} s after the REST bundle started; the application is deployed without them", missing,
                PATIENCE_SECONDS);
        openGate();
    }

    /**
     * Registers the service the whiteboard waits for, once. The whiteboard builds the application in this thread, so
     * no lock is held here: building asks the framework for the resources, whose components other threads may be
     * registering.
     */
    private void openGate() {
        if (closed || !opened.compareAndSet(false, true)) {
            return;
        }
        lastResort.cancel(false); // not an interrupt: on the patience thread itself the whiteboard builds below
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(PROPERTY, OPEN);
        registration = context.registerService(RestApplicationGate.class, this, properties);
        if (closed) {
            withdraw();
        }
    }

    @Deactivate
    void deactivate() {
        closed = true;
        lastResort.cancel(false);
        resources.close();
        withdraw();
    }

    private void withdraw() {
        ServiceRegistration<RestApplicationGate> gate = registration;
        registration = null;
        if (gate != null) {
            try {
                gate.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping and the framework took the registration back first
            }
        }
    }

    /** The service types the JAX-RS resources among {@code descriptions} are registered as. */
    static Set<String> resources(Collection<ComponentDescriptionDTO> descriptions) {
        return descriptions.stream().filter(RestApplicationGate::declaresResource).flatMap(d -> Arrays.stream(d.serviceInterfaces))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean declaresResource(ComponentDescriptionDTO description) {
        Map<String, Object> properties = description.properties;
        return properties != null && "true".equals(String.valueOf(properties.get("osgi.jaxrs.resource"))) && description.serviceInterfaces != null;
    }
}
