/**
 * The module kit: what a county module builds on besides the core's services — the one
 * declaration of a module ({@link org.jiceng.module.kit.JicengModule}) and its store
 * ({@link org.jiceng.module.kit.ModuleStore}). Paging through every result, shares and cadence
 * rules are in {@code org.jiceng.common}; subtree queries in {@code org.jiceng.registry}.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.4.0")
package org.jiceng.module.kit;
