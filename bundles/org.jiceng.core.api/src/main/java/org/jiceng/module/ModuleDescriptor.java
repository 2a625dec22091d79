package org.jiceng.module;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the registry knows of one installed module: its declaration, bundle state and enablement.
 *
 * @param nameZh null, as are nameEn and originJurisdiction, when the module's declaration leaves it out
 * @param description null when the module's bundle has none
 * @param bundleState OSGi bundle state: INSTALLED, RESOLVED, STARTING, ACTIVE or STOPPING
 * @param enabledJurisdictions jurisdictions where the module was enabled explicitly; their subtrees are enabled too
 */
public record ModuleDescriptor(String id, @Nullable String nameZh, @Nullable String nameEn, String version, @Nullable String originJurisdiction,
        @Nullable String description, long bundleId, String bundleState, List<String> enabledJurisdictions) {

    public ModuleDescriptor {
        enabledJurisdictions = List.copyOf(enabledJurisdictions);
    }
}
