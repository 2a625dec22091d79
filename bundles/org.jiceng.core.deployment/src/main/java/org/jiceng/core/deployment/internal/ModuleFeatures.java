package org.jiceng.core.deployment.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Which features are modules', and what an uninstall must change so that nothing else goes with it. */
final class ModuleFeatures {
    static final String CORE = "jiceng-core";
    static final String COUNTY_PREFIX = "jiceng-county-";

    private ModuleFeatures() {
    }

    /**
     * A module's feature is its own bundle over the core (see docs/modules.md): named {@code jiceng-…},
     * depending on {@code jiceng-core}, with at least one bundle. The core's own features and a county's
     * (modules only, no bundle of its own) are not.
     */
    static boolean isModule(FeatureView f) {
        return f.name().startsWith("jiceng-") && !f.name().equals(CORE) && !f.name().startsWith(COUNTY_PREFIX)
                && f.dependencies().contains(CORE) && !f.bundleLocations().isEmpty();
    }

    /** The module id a module's feature is named for ({@code jiceng-<module id>}). */
    static java.util.Optional<String> moduleIdOf(String featureName) {
        return featureName.startsWith("jiceng-") ? java.util.Optional.of(featureName.substring("jiceng-".length())) : java.util.Optional.empty();
    }

    /** The feature name of a requirement as Karaf lists it ({@code feature:jiceng-county-xingning/0.1.0}), or null for another kind. */
    static String featureOf(String requirement) {
        if (!requirement.startsWith("feature:")) {
            return null;
        }
        String rest = requirement.substring("feature:".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /**
     * What uninstalling {@code module} changes: every required feature that brings it (a county's) is
     * no longer required, and the other features those brought are required on their own first, so
     * only the module's bundle goes.
     *
     * @param required the features required now (by name)
     * @param byName every known feature
     */
    static UninstallPlan uninstallPlan(String module, Set<String> required, Map<String, FeatureView> byName) {
        Set<String> remove = new TreeSet<>();
        Set<String> keep = new LinkedHashSet<>();
        if (required.contains(module)) {
            remove.add(module);
        }
        for (String r : required) {
            FeatureView f = byName.get(r);
            if (f != null && !r.equals(module) && f.dependencies().contains(module)) {
                remove.add(r);
                f.dependencies().stream().filter(d -> !d.equals(module) && !required.contains(d)).forEach(keep::add);
            }
        }
        return new UninstallPlan(new TreeSet<>(keep), remove);
    }

    /**
     * @param keep features to require on their own before {@code remove} goes
     * @param remove features no longer required; empty when the module is required by something else
     *        than itself or a county feature (then it cannot go without that)
     */
    record UninstallPlan(Set<String> keep, Set<String> remove) {
        UninstallPlan {
            keep = Set.copyOf(keep);
            remove = Set.copyOf(remove);
        }
    }
}
