package org.jiceng.core.rest.internal.modules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjLongConsumer;

import javax.ws.rs.Path;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.jiceng.common.NotFoundException;
import org.jiceng.core.rest.internal.Problem;
import org.jiceng.module.ModuleDeclaration;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleHeaders;
import org.jiceng.module.kit.AddressedRecords;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.bundle.EventHook;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST resources of every installed module, by module id, and the requests running in each.
 * Modules' resources are plain services marked {@code jiceng.module.rest.resource=true}, not
 * JAX-RS whiteboard resources: the whiteboard rebuilds its whole application whenever a resource
 * comes or goes, and every request meanwhile — to the core or any county — answered 404. Here a
 * module's arrival or departure only changes this map.
 *
 * <p>When a module's bundle begins to stop (uninstall, update, refresh), a bundle event hook —
 * called before any listener, so before the JPA and DS extenders tear the module down — closes
 * the module to new requests (503, retry) and waits for the ones in flight to finish, up to
 * {@link #DRAIN_MILLIS}.
 *
 * <p>Before a request enters, every record its path addresses by id in a collection the module
 * declared ({@link AddressedRecords}) must lie in the path's jurisdiction: one elsewhere answers
 * the same 404 as a missing one, before the module reads or validates the body.
 */
@Component(service = ModuleRoutes.class)
public class ModuleRoutes {
    static final long DRAIN_MILLIS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRoutes.class);

    /** Longest prefix first, so {@code …/delegates} wins over a module root resource's own {@code delegates} method. */
    private static final Comparator<ModuleRoute> MOST_SPECIFIC = Comparator.comparingInt((ModuleRoute r) -> r.prefix().size()).reversed()
            .thenComparingLong(ModuleRoute::serviceId);

    /** By module id, most specific first; replaced whole when a resource comes or goes, read without a lock per request. */
    private volatile Map<String, List<ModuleRoute>> routes = Map.of();
    private final Map<Long, InFlight> bundles = new ConcurrentHashMap<>();
    private final ThreadLocal<InFlight> lease = new ThreadLocal<>();
    private final BundleContext context;
    private final ServiceTracker<Object, ModuleRoute> tracker;
    private final ServiceTracker<AddressedRecords, AddressedRecords> addressed;
    private final Map<String, AddressedRecords> addressedByModule = new ConcurrentHashMap<>();
    private final ServiceRegistration<EventHook> hook;

    @Activate
    public ModuleRoutes(BundleContext context) throws InvalidSyntaxException {
        this.context = context;
        this.tracker = new ServiceTracker<>(context, context.createFilter("(" + ModuleEndpoints.REST_RESOURCE + "=true)"), new Tracking());
        this.hook = context.registerService(EventHook.class, this::bundleEvent, null);
        this.addressed = new ServiceTracker<>(context, AddressedRecords.class, new AddressedTracking());
        tracker.open(true);
        addressed.open(true);
    }

    @Deactivate
    void deactivate() {
        hook.unregister();
        tracker.close();
        addressed.close();
    }

    /**
     * Admits a request to a module: the resource to continue matching with (the resource itself,
     * or a {@link Hop} over its class path below the module id), counted as in flight until
     * {@link #release()}. {@code below} are the request's path segments after the module id,
     * {@code code} the path's jurisdiction.
     */
    public Object enter(String moduleId, String code, List<String> below) {
        release(); // a lease left by a request whose response never reached the release
        List<ModuleRoute> candidates = routes.getOrDefault(moduleId, List.of());
        if (candidates.isEmpty()) {
            throw unavailable(moduleId);
        }
        ModuleRoute route = candidates.stream().filter(r -> r.matches(below)).findFirst()
                .orElseThrow(() -> new WebApplicationException(Problem.of(404, "not-found", "Not Found",
                        "Module '" + moduleId + "' has no operation at this path").toResponse()));
        InFlight gate = bundles.computeIfAbsent(route.bundleId(), id -> new InFlight());
        if (!gate.tryEnter()) {
            throw unavailable(moduleId);
        }
        lease.set(gate);
        try {
            checkAddressed(moduleId, code, below);
        } catch (NotFoundException e) {
            release();
            throw new WebApplicationException(Problem.of(404, e.problemType(), e.title(), e.getMessage()).toResponse());
        } catch (RuntimeException e) {
            release(); // the request never enters: its lease must not hold the module's drain
            throw e;
        }
        return route.prefix().isEmpty() ? route.resource() : new Hop(route.prefix().size(), route.resource());
    }

    private void checkAddressed(String moduleId, String code, List<String> below) {
        AddressedRecords records = addressedByModule.get(moduleId);
        if (records != null) {
            eachAddressed(below, (collection, id) -> records.checkAddressed(collection, id, code));
        }
    }

    /** Each segment followed by a number is a collection and a record id, if the module declares the collection. */
    static void eachAddressed(List<String> below, ObjLongConsumer<String> check) {
        for (int i = 0; i + 1 < below.size(); i++) {
            String next = below.get(i + 1);
            if (!next.isEmpty() && next.length() <= 18 && next.chars().allMatch(c -> c >= '0' && c <= '9')) {
                check.accept(below.get(i), Long.parseLong(next));
            }
        }
    }

    /** Ends the current thread's request in a module, if it is in one. */
    public void release() {
        InFlight gate = lease.get();
        if (gate != null) {
            lease.remove();
            gate.exit();
        }
    }

    private static WebApplicationException unavailable(String moduleId) {
        Response problem = Problem.of(503, "module-unavailable", "Service Unavailable",
                "Module '" + moduleId + "' is starting, stopping or being updated; try again shortly").toResponse();
        return new WebApplicationException(Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, "2").build());
    }

    private void bundleEvent(BundleEvent event, Collection<BundleContext> listeners) {
        Bundle bundle = event.getBundle();
        String moduleId = ModuleDeclaration.of(bundle).map(ModuleDeclaration::id).orElse(null);
        if (moduleId == null) {
            return;
        }
        switch (event.getType()) {
            case BundleEvent.STOPPING -> {
                InFlight gate = bundles.computeIfAbsent(bundle.getBundleId(), id -> new InFlight());
                long t0 = System.nanoTime();
                boolean drained = gate.drain(DRAIN_MILLIS);
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                if (drained) {
                    LOG.info("Module {} stopping: requests in flight finished in {} ms", moduleId, millis);
                } else {
                    LOG.warn("Module {} stopping: {} requests still running after {} ms", moduleId, gate.count(), millis);
                }
            }
            case BundleEvent.STARTING -> bundles.computeIfAbsent(bundle.getBundleId(), id -> new InFlight()).open();
            case BundleEvent.UNINSTALLED -> bundles.remove(bundle.getBundleId());
            default -> {
                // other transitions change nothing here
            }
        }
    }

    private synchronized void change(ModuleRoute route, boolean add) {
        Map<String, List<ModuleRoute>> next = new java.util.HashMap<>(routes);
        List<ModuleRoute> of = new ArrayList<>(next.getOrDefault(route.moduleId(), List.of()));
        of.removeIf(r -> r.serviceId() == route.serviceId());
        if (add) {
            of.add(route);
            of.sort(MOST_SPECIFIC);
        }
        if (of.isEmpty()) {
            next.remove(route.moduleId());
        } else {
            next.put(route.moduleId(), List.copyOf(of));
        }
        routes = Map.copyOf(next);
    }

    private final class AddressedTracking implements ServiceTrackerCustomizer<AddressedRecords, AddressedRecords> {
        @Override
        public AddressedRecords addingService(ServiceReference<AddressedRecords> reference) {
            String moduleId = ModuleDeclaration.of(reference.getBundle()).map(ModuleDeclaration::id).orElse(null);
            if (moduleId == null) {
                LOG.warn("Ignoring the addressed records of bundle {}: it declares no module ({} header)", reference.getBundle(),
                        ModuleHeaders.MODULE);
                return null;
            }
            AddressedRecords records = context.getService(reference);
            if (records != null) {
                addressedByModule.put(moduleId, records);
            }
            return records;
        }

        @Override
        public void modifiedService(ServiceReference<AddressedRecords> reference, AddressedRecords records) {
            // the bundle's module id is fixed
        }

        @Override
        public void removedService(ServiceReference<AddressedRecords> reference, AddressedRecords records) {
            addressedByModule.values().remove(records);
            context.ungetService(reference);
        }
    }

    private final class Tracking implements ServiceTrackerCustomizer<Object, ModuleRoute> {
        @Override
        public ModuleRoute addingService(ServiceReference<Object> reference) {
            Bundle bundle = reference.getBundle();
            String moduleId = ModuleDeclaration.of(bundle).map(ModuleDeclaration::id).orElse(null);
            if (moduleId == null) {
                LOG.warn("Ignoring a module REST resource from bundle {}: it declares no module ({} header)", bundle, ModuleHeaders.MODULE);
                return null;
            }
            Object resource = context.getService(reference);
            if (resource == null) {
                return null;
            }
            Path path = resource.getClass().getAnnotation(Path.class);
            long serviceId = (Long) reference.getProperty("service.id");
            ModuleRoute route = ModuleRoute.of(moduleId, bundle.getBundleId(), serviceId, path == null ? null : path.value(), resource);
            if (route == null) {
                LOG.warn("Ignoring REST resource {} of module {}: its @Path must start with jurisdictions/{code}/{}", resource.getClass().getName(),
                        moduleId, moduleId);
                context.ungetService(reference);
                return null;
            }
            change(route, true);
            LOG.debug("Module {}: routing /jurisdictions/{code}/{}/{}", moduleId, moduleId, String.join("/", route.prefix()));
            return route;
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, ModuleRoute route) {
            // the class path is fixed; properties do not change the route
        }

        @Override
        public void removedService(ServiceReference<Object> reference, ModuleRoute route) {
            change(route, false);
            context.ungetService(reference);
        }
    }
}
