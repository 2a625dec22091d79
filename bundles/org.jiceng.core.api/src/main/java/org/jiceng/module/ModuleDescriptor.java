package org.jiceng.module;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the registry knows of one installed module: its declaration, bundle state and enablement.
 *
 * @param description null when the module's declaration has none
 * @param bundleState OSGi bundle state: INSTALLED, RESOLVED, STARTING, ACTIVE or STOPPING
 * @param enabledJurisdictions jurisdictions where the module was enabled explicitly; their subtrees are enabled too
 */
public record ModuleDescriptor(String id, String nameZh, String nameEn, String version, String originJurisdiction,
        @Nullable String description, long bundleId, String bundleState, List<String> enabledJurisdictions) {

    public ModuleDescriptor {
        enabledJurisdictions = List.copyOf(enabledJurisdictions);
    }
}
