package org.jiceng.module;

/**
 * Manifest headers that make a bundle a Jiceng module. The core finds modules by them (one source
 * of truth for what is installed); read them with {@link ModuleDeclaration#of}. A module declares
 * itself once, with {@link org.jiceng.module.kit.JicengModule}, which writes one header:
 *
 * <pre>
 * Jiceng-Module: xingning-term-reminders;table-prefix=xtr;origin=441481;name-zh="按期换届提醒督促";name-en="Term expiry reminders"
 * </pre>
 *
 * Modules built against API 1.1 declare the same in separate headers ({@link #ID},
 * {@link #NAME_ZH}, {@link #NAME_EN}, {@link #ORIGIN}), still read. The module version is the
 * bundle version.
 */
public final class ModuleHeaders {
    /** The module's declaration in one clause: the id, then table-prefix, origin, name-zh and name-en attributes. */
    public static final String MODULE = "Jiceng-Module";
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
