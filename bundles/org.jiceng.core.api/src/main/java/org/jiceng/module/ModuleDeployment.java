package org.jiceng.module;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Installing, updating and uninstalling county modules at runtime from the features the distribution
 * offers (its offline repository and any repository regional IT added), as {@code feature:install}
 * and {@code feature:uninstall} do in the shell, without refreshing the core or another module.
 * Each install, update and uninstall is recorded in the audit trail with who did it. Uninstalling keeps the
 * module's data and enablement, as always.
 */
@ProviderType
public interface ModuleDeployment {

    /** Module features known to the server, installed or not, sorted by feature name. */
    List<AvailableModule> available();

    /**
     * Installs a module's feature, unless it is installed already, and waits until the module is
     * registered.
     *
     * @param feature the feature's name, {@code jiceng-<module id>}
     * @return the module as the registry describes it, and whether this call installed it
     * @throws org.jiceng.common.NotFoundException when no repository has a feature of that name
     * @throws org.jiceng.common.RuleViolationException ({@code module-feature}) when the feature is no module's
     */
    Installed install(String feature);

    /**
     * Uninstalls an installed module. When it came with a county's feature ({@code jiceng-county-…}),
     * the county's other modules stay installed, each then required on its own.
     *
     * @throws org.jiceng.common.NotFoundException when no module of that id is installed
     * @throws org.jiceng.common.ConflictException when the module was installed outside features
     *         ({@code deploy/}, {@code bundle:install}): remove it the way it came
     */
    void uninstall(String moduleId);

    /**
     * Updates an installed module to the newest version of its feature the server has (a repository regional
     * IT added holds a newer one), in one provisioning step that replaces the module's bundle and refreshes
     * nothing else; the module's data and enablement are kept, and its migrations take the data forward.
     * When it came with a county's feature, the county's other modules stay installed, each then required on its own.
     *
     * @return the module as the registry describes it after the update, with the versions before and after
     * @throws org.jiceng.common.NotFoundException when no module of that id is installed
     * @throws org.jiceng.common.ConflictException when it is at the newest version already, or was installed
     *         outside features
     * @since 2.2
     */
    Updated update(String moduleId);

    /**
     * A module feature.
     *
     * @param version the newest version of the feature the server has
     * @param installed whether that version is installed
     * @param moduleId the module's id when a version of it is installed (its declaration is read from its bundle), else
     *        null; with {@code installed} false, an older version is installed and {@link #update} brings this one
     */
    record AvailableModule(String feature, String version, @org.jspecify.annotations.Nullable String description, boolean installed,
            @org.jspecify.annotations.Nullable String moduleId) {
    }

    /** The result of an update: the module as it is now, and its feature's version before and after. */
    record Updated(ModuleDescriptor module, String fromVersion, String toVersion) {
    }

    /** The result of an install: the module, and false when it was installed already. */
    record Installed(ModuleDescriptor module, boolean installedNow) {
    }
}
