package org.jiceng.module.kit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jiceng.module.ModuleHeaders;
import org.osgi.annotation.bundle.Header;

/**
 * Declares a bundle a Jiceng module, once: put it on one package of the module (its
 * {@code package-info.java}) with the id from a constant of the module, and use the same constant
 * for the persistence unit's name (the {@code EntityManagerFactory} reference target). The build
 * writes the manifest header {@link ModuleHeaders#MODULE} from it; the core registers the module
 * under the id, records its migrations under the id and checks that they touch only tables under
 * the prefix.
 *
 * <pre>
 * &#64;JicengModule(id = TermReminders.MODULE_ID, tablePrefix = "xtr", origin = "441481",
 *         nameZh = "按期换届提醒督促", nameEn = "Term expiry reminders")
 * package org.example.termreminders.internal;
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
// One header: bnd fills ${#element} macros only for a single, not a repeated, @Header.
@Header(name = ModuleHeaders.MODULE, value = "${#id};table-prefix=${#tablePrefix};origin=${#origin};name-zh=\"${#nameZh}\";name-en=\"${#nameEn}\"")
public @interface JicengModule {
    /** The module id ({@link ModuleHeaders#ID_PATTERN}): URL segment, persistence unit and migration owner. */
    String id();

    /** Name in Chinese, as the county calls its system; quote with “ ” inside it, never with ASCII double quotes. */
    String nameZh();

    String nameEn();

    /** Division code of the jurisdiction that invented the system. */
    String origin();

    /** Short prefix of the module's tables, e.g. {@code xtr} for {@code xtr_reminder}. */
    String tablePrefix();
}
