package org.jiceng.core.registry.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import org.jiceng.cluster.ClusterSignals;
import org.jiceng.common.NotFoundException;
import org.jiceng.events.EventOutbox;
import org.jiceng.module.ModuleDeclaration;
import org.jiceng.module.ModuleDescriptor;
import org.jiceng.module.ModuleEvents;
import org.jiceng.module.ModuleHeaders;
import org.jiceng.module.ModuleRegistry;
import org.jiceng.security.AccessControl;
import org.jiceng.security.CallerContext;
import org.jiceng.security.Role;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows the installed modules by their declaration ({@link ModuleDeclaration}, the {@code Jiceng-Module} manifest header) (tracked from
 * INSTALLED to ACTIVE, so a stopped module is still listed) and where each is enabled. Enablement
 * lives in the {@code module_enablement} table and is cached here, because the REST gate asks on
 * every module request; a change on any node is signalled to all ({@value #ENABLEMENT_SIGNAL}), and
 * each reloads the table.
 */
@Component(service = ModuleRegistry.class, immediate = true)
public class ModuleRegistryImpl implements ModuleRegistry {
    static final String ENABLEMENT_SIGNAL = "module-enablement";

    private final Logger logger = LoggerFactory.getLogger(ModuleRegistryImpl.class);

    private final CoreStore store;
    private final AccessControl access;
    private final EventOutbox events;
    private final Map<String, Bundle> installed = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> enabled = new ConcurrentHashMap<>();
    private final BundleTracker<String> tracker;
    private final ClusterSignals signals;
    private final AutoCloseable listening;

    @Activate
    public ModuleRegistryImpl(@Reference CoreStore store, @Reference AccessControl access, @Reference EventOutbox events,
            @Reference ClusterSignals signals, BundleContext context) {
        this.store = store;
        this.access = access;
        this.events = events;
        this.signals = signals;
        this.listening = signals.listen(ENABLEMENT_SIGNAL, this::loadEnablement);
        loadEnablement();
        int states = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;
        this.tracker = new BundleTracker<>(context, states, null) {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                Optional<ModuleDeclaration> declared = ModuleDeclaration.of(bundle);
                if (declared.isEmpty()) {
                    Dictionary<String, String> h = bundle.getHeaders("");
                    if (h.get(ModuleHeaders.MODULE) != null || h.get(ModuleHeaders.ID) != null) {
                        logger.warn("Bundle {} declares an invalid module id; ignored", bundle.getSymbolicName());
                    }
                    return null;
                }
                String id = declared.get().id();
                Bundle previous = installed.put(id, bundle);
                if (previous != null && previous.getBundleId() != bundle.getBundleId()) {
                    logger.warn("Module {} is provided by bundles {} and {}; using the latter", id, previous.getBundleId(), bundle.getBundleId());
                }
                logger.info("Module {} {} found in bundle {}", id, bundle.getVersion(), bundle.getBundleId());
                return id;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, String id) {
                installed.remove(id, bundle);
                logger.info("Module {} removed (bundle {})", id, bundle.getBundleId());
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() throws Exception {
        listening.close();
        tracker.close();
    }

    /** Reads the whole table into the cache: at start, and when any node signals a change. */
    private void loadEnablement() {
        List<ModuleEnablementEntity> rows = store.tx().read(em -> em
                .createQuery("SELECT m FROM ModuleEnablementEntity m", ModuleEnablementEntity.class).getResultList());
        Map<String, Set<String>> fresh = new HashMap<>();
        for (ModuleEnablementEntity row : rows) {
            fresh.computeIfAbsent(row.getModuleId(), k -> new CopyOnWriteArraySet<>()).add(row.getJurisdictionCode());
        }
        enabled.keySet().retainAll(fresh.keySet());
        enabled.putAll(fresh);
    }

    @Override
    public List<ModuleDescriptor> modules() {
        List<ModuleDescriptor> result = new ArrayList<>();
        installed.forEach((id, bundle) -> result.add(describe(id, bundle)));
        result.sort(Comparator.comparing(ModuleDescriptor::id));
        return result;
    }

    @Override
    public Optional<ModuleDescriptor> module(String moduleId) {
        Bundle bundle = moduleId == null ? null : installed.get(moduleId);
        return bundle == null ? Optional.empty() : Optional.of(describe(moduleId, bundle));
    }

    private ModuleDescriptor describe(String id, Bundle bundle) {
        Dictionary<String, String> h = bundle.getHeaders("");
        ModuleDeclaration declared = ModuleDeclaration.of(h).orElseThrow();
        return new ModuleDescriptor(id, declared.nameZh(), declared.nameEn(), bundle.getVersion().toString(), declared.origin(),
                h.get("Bundle-Description"), bundle.getBundleId(), stateName(bundle.getState()), enabledJurisdictions(id));
    }

    static String stateName(int state) {
        switch (state) {
            case Bundle.INSTALLED :
                return "INSTALLED";
            case Bundle.RESOLVED :
                return "RESOLVED";
            case Bundle.STARTING :
                return "STARTING";
            case Bundle.ACTIVE :
                return "ACTIVE";
            case Bundle.STOPPING :
                return "STOPPING";
            default :
                return "UNINSTALLED";
        }
    }

    @Override
    public boolean enable(String moduleId, String jurisdictionCode) {
        access.requireRole(Role.JURISDICTION_ADMIN);
        access.requireVisible(jurisdictionCode);
        requireInstalled(moduleId);
        boolean changed = store.tx().write(em -> {
            if (em.find(JurisdictionEntity.class, jurisdictionCode) == null) {
                throw new NotFoundException("Jurisdiction", jurisdictionCode);
            }
            if (em.find(ModuleEnablementEntity.class, new ModuleEnablementEntity.Key(moduleId, jurisdictionCode)) != null) {
                return false;
            }
            em.persist(new ModuleEnablementEntity(moduleId, jurisdictionCode, LocalDateTime.now()));
            events.publish(em, ModuleEvents.ENABLED, Map.of(ModuleEvents.MODULE_ID, moduleId, ModuleEvents.JURISDICTION_CODE, jurisdictionCode));
            return true;
        });
        if (changed) {
            enabled.computeIfAbsent(moduleId, k -> new CopyOnWriteArraySet<>()).add(jurisdictionCode);
            signals.signalOthers(ENABLEMENT_SIGNAL);
            logger.info("Module {} enabled for {}", moduleId, jurisdictionCode);
        }
        return changed;
    }

    @Override
    public boolean disable(String moduleId, String jurisdictionCode) {
        access.requireRole(Role.JURISDICTION_ADMIN);
        access.requireVisible(jurisdictionCode);
        requireInstalled(moduleId);
        boolean changed = store.tx().write(em -> {
            ModuleEnablementEntity row = em.find(ModuleEnablementEntity.class, new ModuleEnablementEntity.Key(moduleId, jurisdictionCode));
            if (row == null) {
                return false;
            }
            em.remove(row);
            events.publish(em, ModuleEvents.DISABLED, Map.of(ModuleEvents.MODULE_ID, moduleId, ModuleEvents.JURISDICTION_CODE, jurisdictionCode));
            return true;
        });
        if (changed) {
            Set<String> codes = enabled.get(moduleId);
            if (codes != null) {
                codes.remove(jurisdictionCode);
            }
            signals.signalOthers(ENABLEMENT_SIGNAL);
            logger.info("Module {} disabled for {}", moduleId, jurisdictionCode);
        }
        return changed;
    }

    @Override
    public boolean isEnabled(String moduleId, String jurisdictionCode) {
        Set<String> codes = enabled.get(moduleId);
        if (!installed.containsKey(moduleId) || codes == null || codes.isEmpty() || jurisdictionCode == null) {
            return false;
        }
        if (codes.contains(jurisdictionCode)) {
            return true;
        }
        List<String> ancestors = store.tx().read(em -> em
                .createQuery("SELECT c.ancestorCode FROM JurisdictionClosureEntity c WHERE c.descendantCode = :code", String.class)
                .setParameter("code", jurisdictionCode).getResultList());
        return !Collections.disjoint(new HashSet<>(ancestors), codes);
    }

    @Override
    public void requireEnabled(String moduleId, String jurisdictionCode) {
        // Out of the caller's scope reads exactly like "not enabled here": nothing leaks.
        if (!access.canSee(CallerContext.current(), jurisdictionCode) || !isEnabled(moduleId, jurisdictionCode)) {
            throw notEnabled(moduleId, jurisdictionCode);
        }
    }

    /** The one wording of "not here", shared by the REST gate and the other interfaces. */
    public static NotFoundException notEnabled(String moduleId, String jurisdictionCode) {
        return new NotFoundException("Module '" + moduleId + "' is not enabled for jurisdiction '" + jurisdictionCode + "'");
    }

    @Override
    public List<String> enabledJurisdictions(String moduleId) {
        Set<String> codes = enabled.get(moduleId);
        List<String> result = codes == null ? new ArrayList<>() : new ArrayList<>(codes);
        Collections.sort(result);
        return result;
    }

    private void requireInstalled(String moduleId) {
        if (moduleId == null || !installed.containsKey(moduleId)) {
            throw new NotFoundException("Module", moduleId);
        }
    }
}
