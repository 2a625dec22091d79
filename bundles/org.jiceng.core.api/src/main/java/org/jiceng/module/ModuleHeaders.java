package org.jiceng.module;

/**
 * Manifest headers that make a bundle a Jiceng module. The core finds modules by these headers
 * (one source of truth for what is installed), so a module declares itself in its {@code bnd.bnd}:
 *
 * <pre>
 * Jiceng-Module-Id: xingning-term-reminders
 * Jiceng-Module-Name-Zh: 按期换届提醒督促
 * Jiceng-Module-Name-En: Term expiry reminders
 * Jiceng-Module-Origin: 441481
 * Bundle-Description: ...
 * </pre>
 *
 * The module version is the bundle version.
 */
public final class ModuleHeaders {
    /** Module id: lower-case words joined by hyphens, starting with the county prefix. */
    public static final String ID = "Jiceng-Module-Id";
    public static final String NAME_ZH = "Jiceng-Module-Name-Zh";
    public static final String NAME_EN = "Jiceng-Module-Name-En";
    /** Division code of the jurisdiction that invented the system. */
    public static final String ORIGIN = "Jiceng-Module-Origin";

    /** What a module id must look like; it becomes a URL segment and a table-name prefix. */
    public static final String ID_PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)+";

    private ModuleHeaders() {
    }
}
