package org.jiceng.core.deployment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.jiceng.audit.AuditAction;
import org.jiceng.audit.AuditService;
import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.RuleViolationException;
import org.jiceng.module.ModuleDeployment;
import org.jiceng.module.ModuleDescriptor;
import org.jiceng.module.ModuleRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Modules in and out through Karaf's features service, exactly as {@code feature:install} and
 * {@code feature:uninstall} would, never refreshing a bundle (the core's zero-downtime rule: see the
 * README's "Modules: deploy and enable"). One deployment at a time: Karaf serializes them anyway,
 * and the plan of an uninstall must not change under it.
 */
@Component(service = {ModuleDeployment.class, ModuleDeploymentImpl.class})
public class ModuleDeploymentImpl implements ModuleDeployment {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleDeploymentImpl.class);
    private static final EnumSet<FeaturesService.Option> OPTIONS = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
    /** Installing a feature's version in place of the version required now (feature:install --upgrade). */
    private static final EnumSet<FeaturesService.Option> UPGRADE = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles,
            FeaturesService.Option.Upgrade);
    private static final long REGISTRATION_WAIT_MILLIS = 60_000;
    static final String RULE = "module-feature";
    private static final String UNIT = "deployment";

    private final FeaturesService features;
    private final ModuleRegistry registry;
    private final AuditService audit;
    private final BundleContext context;

    @Activate
    public ModuleDeploymentImpl(@Reference FeaturesService features, @Reference ModuleRegistry registry, @Reference AuditService audit,
            BundleContext context) {
        this.features = features;
        this.registry = registry;
        this.audit = audit;
        this.context = context;
    }

    @Override
    public List<AvailableModule> available() {
        Map<Long, ModuleDescriptor> byBundle = modulesByBundle();
        Map<String, List<Feature>> versions = new HashMap<>();
        for (Feature f : listFeatures()) {
            if (ModuleFeatures.isModule(view(f))) {
                versions.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f);
            }
        }
        List<AvailableModule> result = new ArrayList<>();
        for (List<Feature> ofOneName : versions.values()) {
            Feature newest = ofOneName.stream().max(ModuleDeploymentImpl::compareVersions).orElseThrow();
            // the module of whichever version is installed: an older one makes the newest an update
            Optional<ModuleDescriptor> module = ofOneName.stream().filter(features::isInstalled).findFirst()
                    .flatMap(installed -> installedModule(installed, byBundle));
            result.add(new AvailableModule(newest.getName(), newest.getVersion(), newest.getDescription(), features.isInstalled(newest),
                    module.map(ModuleDescriptor::id).orElse(null)));
        }
        result.sort(Comparator.comparing(AvailableModule::feature));
        return result;
    }

    @Override
    public Installed install(String feature) {
        return install(feature, null);
    }

    /** Installs the given version of a module's feature (null: the newest the server knows), as the cluster's module set asks. */
    synchronized Installed install(String feature, String version) {
        Feature f = version == null ? feature(feature) : feature(feature, version);
        if (!ModuleFeatures.isModule(view(f))) {
            throw new RuleViolationException(RULE, "Feature '" + feature + "' is not a module's (a module's feature depends on "
                    + ModuleFeatures.CORE + " and has a bundle of its own; a county's feature brings several: install them one by one)");
        }
        Feature other = installedVersionOf(f.getName());
        if (other != null && !other.getVersion().equals(f.getVersion())) {
            throw new ConflictException("Feature '" + f.getName() + "' is installed at version " + other.getVersion() + ": update the module "
                    + "(POST /modules/{id}/update) instead of installing a second version beside it");
        }
        boolean now = !features.isInstalled(f);
        if (now) {
            try {
                features.installFeature(f.getName(), f.getVersion(), OPTIONS);
            } catch (Exception e) {
                throw new IllegalStateException("Installing " + feature + " failed: " + e.getMessage(), e);
            }
        }
        ModuleDescriptor module = awaitRegistered(f);
        if (now) {
            audit.recordAction(AuditAction.INSTALL, UNIT, "Module", module.id(), null,
                    "{\"feature\":\"" + f.getName() + "\",\"version\":\"" + f.getVersion() + "\"}");
            LOG.info("Module {} installed from feature {}/{}", module.id(), f.getName(), f.getVersion());
        }
        return new Installed(module, now);
    }

    @Override
    public synchronized void uninstall(String moduleId) {
        Feature f = installedFeatureOf(moduleId);
        ModuleFeatures.UninstallPlan plan = planWithout(moduleId, f);
        try {
            if (!plan.keep().isEmpty()) {
                features.installFeatures(plan.keep(), OPTIONS); // already installed: only their requirement is added
            }
            features.uninstallFeatures(plan.remove(), OPTIONS);
        } catch (Exception e) {
            throw new IllegalStateException("Uninstalling " + moduleId + " failed: " + e.getMessage(), e);
        }
        audit.recordAction(AuditAction.UNINSTALL, UNIT, "Module", moduleId,
                "{\"feature\":\"" + f.getName() + "\",\"version\":\"" + f.getVersion() + "\"}", null);
        LOG.info("Module {} uninstalled (feature {}; no longer required: {}; kept: {}); its data is kept", moduleId, f.getName(), plan.remove(),
                plan.keep());
    }

    @Override
    public synchronized Updated update(String moduleId) {
        Feature current = installedFeatureOf(moduleId);
        Feature newest = Stream.of(listFeatures()).filter(f -> f.getName().equals(current.getName())).max(ModuleDeploymentImpl::compareVersions)
                .orElse(current);
        if (compareVersions(newest, current) <= 0) {
            throw new ConflictException("Module '" + moduleId + "' is at the newest version the server has (" + current.getVersion()
                    + "); add a repository with a newer one first (feature:repo-add)");
        }
        ModuleFeatures.UninstallPlan plan = planWithout(moduleId, current);
        Set<String> counties = new TreeSet<>(plan.remove());
        counties.remove(current.getName());
        try {
            if (!counties.isEmpty()) {
                // The county's other modules, and this one's present version, become required on their own first:
                // the county's feature then goes without any bundle changing.
                Set<String> onTheirOwn = new TreeSet<>(plan.keep());
                onTheirOwn.add(current.getName() + "/" + current.getVersion());
                features.installFeatures(onTheirOwn, OPTIONS);
                features.uninstallFeatures(counties, OPTIONS);
            }
            // One provisioning step: the old version's requirement is replaced by the new one's, and Karaf updates the
            // module's bundle in place (same symbolic name, same minor version) or swaps it, refreshing nothing else.
            features.installFeatures(Set.of(newest.getName() + "/" + newest.getVersion()), UPGRADE);
        } catch (Exception e) {
            throw new IllegalStateException("Updating " + moduleId + " failed: " + e.getMessage(), e);
        }
        ModuleDescriptor module = awaitRegistered(newest);
        audit.recordAction(AuditAction.UPDATE, UNIT, "Module", moduleId,
                "{\"feature\":\"" + current.getName() + "\",\"version\":\"" + current.getVersion() + "\"}",
                "{\"feature\":\"" + newest.getName() + "\",\"version\":\"" + newest.getVersion() + "\"}");
        LOG.info("Module {} updated from {} to {} (feature {}); its data is kept", moduleId, current.getVersion(), newest.getVersion(),
                newest.getName());
        return new Updated(module, current.getVersion(), newest.getVersion());
    }

    /** What taking the module's feature out of the requirements changes, or 409 when another feature needs it. */
    private ModuleFeatures.UninstallPlan planWithout(String moduleId, Feature f) {
        Set<String> required = new TreeSet<>();
        features.listRequirements().values().forEach(rs -> rs.forEach(r -> {
            String name = ModuleFeatures.featureOf(r);
            if (name != null) {
                required.add(name);
            }
        }));
        Map<String, FeatureView> byName = new HashMap<>();
        for (Feature known : listFeatures()) {
            if (features.isInstalled(known)) {
                byName.put(known.getName(), view(known));
            }
        }
        ModuleFeatures.UninstallPlan plan = ModuleFeatures.uninstallPlan(f.getName(), required, byName);
        if (plan.remove().isEmpty()) {
            throw new ConflictException("Module '" + moduleId + "' is installed as part of another feature, not on its own nor with its county's");
        }
        return plan;
    }

    /** The installed feature that brought an installed module, or 404 (no such module) or 409 (not from a feature). */
    private Feature installedFeatureOf(String moduleId) {
        ModuleDescriptor module = registry.module(moduleId).orElseThrow(() -> new NotFoundException("Module", moduleId));
        Bundle bundle = context.getBundle(module.bundleId());
        Map<Long, ModuleDescriptor> byBundle = modulesByBundle();
        Feature f = null;
        try {
            for (Feature installed : features.listInstalledFeatures()) {
                if (ModuleFeatures.isModule(view(installed))
                        && installedModule(installed, byBundle).map(m -> m.id().equals(moduleId)).orElse(false)) {
                    f = installed;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the installed features: " + e.getMessage(), e);
        }
        if (bundle == null || f == null) {
            throw new ConflictException(
                    "Module '" + moduleId + "' was not installed from a feature (deploy/ or bundle:install): remove it the way it came");
        }
        return f;
    }

    /** The installed version of a feature, or null. */
    private Feature installedVersionOf(String name) {
        return Stream.of(listFeatures()).filter(f -> f.getName().equals(name) && features.isInstalled(f)).findFirst().orElse(null);
    }

    private Feature feature(String name) {
        return feature(name, null);
    }

    private Feature feature(String name, String version) {
        Feature found;
        try {
            found = name == null || name.isBlank()
                    ? null
                    : version == null ? features.getFeature(name.trim()) : features.getFeature(name.trim(), version);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the features: " + e.getMessage(), e);
        }
        if (found == null) {
            throw new NotFoundException("Feature", version == null ? name : name + "/" + version);
        }
        return found;
    }

    private Feature[] listFeatures() {
        try {
            return features.listFeatures();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the features: " + e.getMessage(), e);
        }
    }

    private Map<Long, ModuleDescriptor> modulesByBundle() {
        return registry.modules().stream().collect(Collectors.toMap(ModuleDescriptor::bundleId, m -> m, (a, b) -> a));
    }

    /**
     * The module a feature's bundle is, found by the bundle's location; a bundle Karaf updated in place (a newer
     * version of the same minor) keeps its first location, so an installed feature named for a registered module
     * ({@code jiceng-<module id>}, see docs/modules.md) is that module too.
     */
    private Optional<ModuleDescriptor> installedModule(Feature f, Map<Long, ModuleDescriptor> byBundle) {
        Optional<ModuleDescriptor> byLocation = f.getBundles().stream().map(BundleInfo::getLocation).map(context::getBundle).filter(Objects::nonNull)
                .map(b -> byBundle.get(b.getBundleId())).filter(Objects::nonNull).findFirst();
        if (byLocation.isPresent() || !features.isInstalled(f)) {
            return byLocation;
        }
        return ModuleFeatures.moduleIdOf(f.getName()).flatMap(registry::module);
    }

    /** The module of a feature just installed, once the registry lists it active. */
    private ModuleDescriptor awaitRegistered(Feature f) {
        long deadline = System.currentTimeMillis() + REGISTRATION_WAIT_MILLIS;
        while (true) {
            Optional<ModuleDescriptor> module = installedModule(f, modulesByBundle());
            if (module.isPresent() && "ACTIVE".equals(module.get().bundleState())) {
                return module.get();
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Feature " + f.getName() + " is installed but no module of it became active within "
                        + REGISTRATION_WAIT_MILLIS / 1000 + " s: see karaf.log");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + f.getName(), e);
            }
        }
    }

    static FeatureView view(Feature f) {
        return new FeatureView(f.getName(), f.getVersion(), f.getDescription(),
                f.getDependencies().stream().map(Dependency::getName).toList(), f.getBundles().stream().map(BundleInfo::getLocation).toList());
    }

    private static int compareVersions(Feature a, Feature b) {
        return org.osgi.framework.Version.parseVersion(a.getVersion()).compareTo(org.osgi.framework.Version.parseVersion(b.getVersion()));
    }
}
