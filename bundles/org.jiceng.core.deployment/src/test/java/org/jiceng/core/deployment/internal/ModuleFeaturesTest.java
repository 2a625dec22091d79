package org.jiceng.core.deployment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ModuleFeaturesTest {
    private static FeatureView module(String name) {
        return new FeatureView(name, "0.1.0", "", List.of("jiceng-core"), List.of("mvn:org.jiceng/" + name + "/0.1.0"));
    }

    private static FeatureView county(String name, String... modules) {
        return new FeatureView(name, "0.1.0", "", List.of(modules), List.of());
    }

    private static final FeatureView A = module("jiceng-xingning-a");
    private static final FeatureView B = module("jiceng-xingning-b");
    private static final FeatureView C = module("jiceng-xingning-c");
    private static final FeatureView COUNTY = county("jiceng-county-xingning", A.name(), B.name(), C.name());
    private static final Map<String, FeatureView> ALL = Stream.of(A, B, C, COUNTY)
            .collect(Collectors.toMap(FeatureView::name, Function.identity()));

    @Test
    void aModulesFeatureIsItsOwnBundleOverTheCore() {
        assertTrue(ModuleFeatures.isModule(A));
        assertFalse(ModuleFeatures.isModule(COUNTY), "a county's feature has no bundle of its own");
        assertFalse(ModuleFeatures.isModule(new FeatureView("jiceng-core", "0.1.0", "", List.of("jiceng-libraries"), List.of("mvn:x/y/1"))));
        assertFalse(ModuleFeatures.isModule(new FeatureView("jiceng-persistence", "0.1.0", "", List.of(), List.of("mvn:x/y/1"))));
        assertFalse(ModuleFeatures.isModule(new FeatureView("pax-web-core", "8.0", "", List.of("jiceng-core"), List.of("mvn:x/y/1"))));
        assertFalse(ModuleFeatures.isModule(new FeatureView("jiceng-county-x", "0.1.0", "", List.of("jiceng-core"), List.of("mvn:x/y/1"))));
    }

    @Test
    void requirementsNameTheirFeature() {
        assertEquals("jiceng-county-xingning", ModuleFeatures.featureOf("feature:jiceng-county-xingning/[0.1.0.SNAPSHOT,0.1.0.SNAPSHOT]"));
        assertEquals("jiceng-core", ModuleFeatures.featureOf("feature:jiceng-core"));
        assertNull(ModuleFeatures.featureOf("bundle:mvn:x/y/1"));
    }

    @Test
    void aModuleInstalledOnItsOwnGoesAlone() {
        ModuleFeatures.UninstallPlan plan = ModuleFeatures.uninstallPlan(A.name(), Set.of("jiceng-core", A.name(), B.name()), ALL);
        assertEquals(Set.of(A.name()), plan.remove());
        assertEquals(Set.of(), plan.keep());
    }

    @Test
    void aModuleOfItsCountysFeatureGoesAndTheCountysOthersStay() {
        ModuleFeatures.UninstallPlan plan = ModuleFeatures.uninstallPlan(B.name(), Set.of("jiceng-core", COUNTY.name()), ALL);
        assertEquals(Set.of(COUNTY.name()), plan.remove());
        assertEquals(Set.of(A.name(), C.name()), plan.keep(), "the county's other modules are required on their own first");
    }

    @Test
    void requiredBothWaysBothRequirementsGoAndOthersAlreadyRequiredAreNotAddedAgain() {
        ModuleFeatures.UninstallPlan plan = ModuleFeatures.uninstallPlan(B.name(), Set.of(COUNTY.name(), B.name(), C.name()), ALL);
        assertEquals(Set.of(COUNTY.name(), B.name()), plan.remove());
        assertEquals(Set.of(A.name()), plan.keep());
    }

    @Test
    void aModuleBroughtBySomethingElseCannotGoAlone() {
        FeatureView other = county("site-bundle", C.name());
        Map<String, FeatureView> all = Map.of(C.name(), C, "site-bundle", other);
        ModuleFeatures.UninstallPlan plan = ModuleFeatures.uninstallPlan(C.name(), Set.of("site-bundle"), all);
        // site-bundle brings it: it goes, C stays out of keep — but a site's own aggregate is not a county's,
        // so the plan removes it like a county's; the service refuses only when nothing brings the module.
        assertEquals(Set.of("site-bundle"), plan.remove());
        assertTrue(ModuleFeatures.uninstallPlan(C.name(), Set.of("jiceng-core"), all).remove().isEmpty());
    }
}
