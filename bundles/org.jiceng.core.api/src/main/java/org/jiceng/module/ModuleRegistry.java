package org.jiceng.module;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Installed modules and the jurisdictions they are enabled for. Enablement is persisted by the
 * core, so it survives restarts and uninstall/reinstall of the module bundle.
 */
@ProviderType
public interface ModuleRegistry {

    /** Installed modules, sorted by id. */
    List<ModuleDescriptor> modules();

    Optional<ModuleDescriptor> module(String moduleId);

    /**
     * Enables a module for a jurisdiction and so its whole subtree.
     *
     * @return true if this changed anything
     * @throws org.jiceng.common.NotFoundException for an unknown module or jurisdiction
     */
    boolean enable(String moduleId, String jurisdictionCode);

    /**
     * Removes an explicit enablement. Parts of the subtree stay enabled if an ancestor is enabled.
     *
     * @return true if this changed anything
     */
    boolean disable(String moduleId, String jurisdictionCode);

    /** True when the module is installed and enabled for the code or one of its ancestors. */
    boolean isEnabled(String moduleId, String jurisdictionCode);

    /**
     * Throws the same 404 the REST gate answers when the module is not usable in the jurisdiction;
     * for interfaces the core's gates do not cover (shell, jobs). Module REST resources and module
     * SOAP endpoints are gated by the core before they are called (see {@link ModuleEndpoints}).
     */
    void requireEnabled(String moduleId, String jurisdictionCode);

    /** Jurisdiction codes explicitly enabled for the module, whether or not it is installed now. */
    List<String> enabledJurisdictions(String moduleId);
}
