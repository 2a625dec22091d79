package org.jiceng.core.health.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jiceng.health.ReadinessCheck;
import org.jiceng.module.ModuleEndpoints;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.BaseDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedExtensionDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST application is complete: every JAX-RS resource and extension that a DS component of an
 * active bundle declares is registered and listed in the whiteboard's application, and the list
 * has not changed for a moment; and every module REST resource ({@link ModuleEndpoints#REST_RESOURCE})
 * of an active module is registered, which is when the core's module router routes it. Component descriptions are the
 * expectation, so a resource whose component is still waiting for a service counts as missing
 * instead of going unnoticed (the JAX-RS whiteboard alone only knows what is registered).
 * The whiteboard (Aries 2.0.2) lists a resource just before it rebuilds the application with it,
 * and requests answer 404 until the rebuild is done: a resource counts only once the last built
 * and started server serves its class ({@link ApplicationBuilds}). An extension (filter, mapper,
 * JSON provider) is listed only after the rebuild that adds it has returned, so listed is built.
 */
@Component(service = ReadinessCheck.class, configurationPid = HealthConfig.PID)
public class RestApplicationReadiness implements ReadinessCheck, ServiceListener {
    public static final String NAME = "rest-application";
    private static final Logger logger = LoggerFactory.getLogger(RestApplicationReadiness.class);
    private static final String WATCHED = "(|(osgi.jaxrs.resource=true)(osgi.jaxrs.extension=true)(" + ModuleEndpoints.REST_RESOURCE
            + "=true)(objectClass=" + JaxrsServiceRuntime.class.getName() + "))";
    private static final int NAMED = 3;
    private static final String BEING_ADDED = " (being added)";

    @Reference
    private ServiceComponentRuntime components;

    /**
     * Every whiteboard runtime. Normally there is one; but when the Aries whiteboard fails while starting (a ConcurrentModificationException
     * inside it was seen on a restart) it leaves its runtime registered, broken, next to the one it
     * creates again. Binding just one would then pin the broken one for good.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<JaxrsServiceRuntime> whiteboards;

    @Reference
    private ApplicationBuilds builds;

    private final BundleContext context;
    /**
     * The count of watched service changes when the answer was last "ready"; while it is still the
     * count, the answer stands without being computed again: load balancers
     * poll readiness every few seconds, and building the whiteboard's runtime DTO each time costs
     * CPU (and makes CXF log a warning per module locator).
     */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    private volatile long readyAtChange = -1;
    /**
     * While not ready, a reason stands this long before it is computed again: a probe polling every 100 ms, and every
     * request the start-up gate turns away, would otherwise compute it each time, and on a 2-core machine that took
     * about a second of CPU from the start it waits for.
     */
    private static final long NOT_READY_STANDS_NANOS = 250_000_000L;
    private String lastReason; // guarded by this
    private long lastReasonAt; // guarded by this
    private final StuckRegistrations stuck;

    @Activate
    public RestApplicationReadiness(BundleContext context, HealthConfig config) throws InvalidSyntaxException {
        this.context = context;
        this.stuck = new StuckRegistrations(config.restRepairAfterSeconds() * 1_000_000_000L);
        context.addServiceListener(this, WATCHED);
    }

    @Deactivate
    void deactivate() {
        context.removeServiceListener(this);
    }

    @Override
    public void serviceChanged(ServiceEvent event) {
        changes.incrementAndGet();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public synchronized Optional<String> notReadyReason() {
        long seen = changes.get();
        if (readyAtChange == seen) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        if (lastReason != null && now - lastReasonAt < NOT_READY_STANDS_NANOS) {
            return Optional.of(lastReason);
        }
        String reason = reason(seen);
        lastReason = reason;
        lastReasonAt = now;
        return Optional.ofNullable(reason);
    }

    /** Why the application is not ready, computed now; null when it is (remembered against {@code seen} changes). */
    private String reason(long seen) {
        RuntimeDTO dto = runtimeDto();
        if (dto == null) {
            return "the JAX-RS whiteboard is not running yet";
        }
        Set<Long> listed = listed(dto);
        Map<Long, Integer> refused = refused(dto);
        List<String> missing = new ArrayList<>();
        Map<Long, ComponentDescriptionDTO> notListed = new HashMap<>();
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs()) {
            boolean routedByCore = declaresModuleResource(description);
            if ((routedByCore || declaresJaxrs(description)) && active(description) && components.isComponentEnabled(description)) {
                for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                    String problem = problem(description, configuration, listed, refused, routedByCore);
                    if (problem != null) {
                        missing.add(problem);
                        if (problem.endsWith(BEING_ADDED)) {
                            notListed.put(configuration.id, description);
                        }
                    }
                }
            }
        }
        for (Long id : stuck.dueForRepair(notListed.keySet(), System.nanoTime())) {
            reRegister(notListed.get(id));
        }
        if (!missing.isEmpty()) {
            String named = missing.stream().limit(NAMED).collect(Collectors.joining(", "));
            return missing.size() + " resource(s) not in the application yet: " + named + (missing.size() > NAMED ? ", …" : "");
        }
        readyAtChange = seen;
        return null;
    }

    /**
     * The runtime DTO of the whiteboard that serves the application: of those that can describe
     * themselves, the one listing the most resources and extensions (a broken one lists none).
     * Null when none can.
     */
    private RuntimeDTO runtimeDto() {
        List<JaxrsServiceRuntime> runtimes = whiteboards;
        RuntimeDTO best = null;
        int bestSize = -1;
        for (JaxrsServiceRuntime runtime : runtimes == null ? List.<JaxrsServiceRuntime>of() : runtimes) {
            try {
                RuntimeDTO dto = runtime.getRuntimeDTO();
                int size = listed(dto).size();
                if (size > bestSize) {
                    best = dto;
                    bestSize = size;
                }
            } catch (RuntimeException e) {
                logger.debug("A JAX-RS whiteboard runtime cannot describe itself; asking the others", e);
            }
        }
        return best;
    }

    private String problem(ComponentDescriptionDTO description, ComponentConfigurationDTO configuration, Set<Long> listed,
            Map<Long, Integer> refused, boolean routedByCore) {
        String name = shortName(description.name);
        switch (configuration.state) {
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE :
                return name + " (waits for " + Arrays.stream(configuration.unsatisfiedReferences).map(r -> r.name)
                        .collect(Collectors.joining(", ")) + ")";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION :
                return name + " (waits for its configuration)";
            case ComponentConfigurationDTO.FAILED_ACTIVATION :
                return name + " (failed to activate: " + configuration.failure + ")";
            default :
                break;
        }
        ServiceReference<?>[] services;
        try {
            services = context.getAllServiceReferences(null, "(component.id=" + configuration.id + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (services == null) {
            return name + " (not registered)";
        }
        if (routedByCore) {
            return null; // the module router tracks these services as they register; the whiteboard never sees them
        }
        for (ServiceReference<?> service : services) {
            Long id = (Long) service.getProperty("service.id");
            if (refused.containsKey(id)) {
                return name + " (refused by the JAX-RS whiteboard, reason " + refused.get(id) + ")";
            }
            if (!listed.contains(id)) {
                return name + BEING_ADDED;
            }
        }
        if (declaresResource(description) && !builds.serves(description.implementationClass)) {
            return name + " (being built into the application)";
        }
        return null;
    }

    /** Disables and enables the component, so its service registers again and the whiteboard sees it anew. */
    private void reRegister(ComponentDescriptionDTO description) {
        logger.warn("The JAX-RS whiteboard has not picked up {} of {}: registering it again", description.name, description.bundle.symbolicName);
        components.disableComponent(description).onResolve(() -> components.enableComponent(description));
    }

    private static Set<Long> listed(RuntimeDTO dto) {
        Set<Long> ids = new TreeSet<>();
        List<ApplicationDTO> applications = new ArrayList<>();
        if (dto.defaultApplication != null) {
            applications.add(dto.defaultApplication);
        }
        if (dto.applicationDTOs != null) {
            applications.addAll(Arrays.asList(dto.applicationDTOs));
        }
        for (ApplicationDTO application : applications) {
            addIds(ids, application.resourceDTOs);
            addIds(ids, application.extensionDTOs);
        }
        return ids;
    }

    private static void addIds(Set<Long> ids, BaseDTO[] dtos) {
        if (dtos != null) {
            for (BaseDTO d : dtos) {
                ids.add(d.serviceId);
            }
        }
    }

    private static Map<Long, Integer> refused(RuntimeDTO dto) {
        Map<Long, Integer> refused = new HashMap<>();
        if (dto.failedResourceDTOs != null) {
            for (FailedResourceDTO d : dto.failedResourceDTOs) {
                refused.put(d.serviceId, d.failureReason);
            }
        }
        if (dto.failedExtensionDTOs != null) {
            for (FailedExtensionDTO d : dto.failedExtensionDTOs) {
                refused.put(d.serviceId, d.failureReason);
            }
        }
        return refused;
    }

    private static boolean declaresJaxrs(ComponentDescriptionDTO description) {
        Map<String, Object> p = description.properties;
        return p != null
                && ("true".equals(String.valueOf(p.get("osgi.jaxrs.resource"))) || "true".equals(String.valueOf(p.get("osgi.jaxrs.extension"))));
    }

    private static boolean declaresResource(ComponentDescriptionDTO description) {
        Map<String, Object> p = description.properties;
        return p != null && "true".equals(String.valueOf(p.get("osgi.jaxrs.resource")));
    }

    private static boolean declaresModuleResource(ComponentDescriptionDTO description) {
        Map<String, Object> p = description.properties;
        return p != null && "true".equals(String.valueOf(p.get(ModuleEndpoints.REST_RESOURCE)));
    }

    private boolean active(ComponentDescriptionDTO description) {
        Bundle bundle = context.getBundle(description.bundle.id);
        return bundle != null && bundle.getState() == Bundle.ACTIVE;
    }

    private static String shortName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
