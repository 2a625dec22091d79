/**
 * The audit trail: every write of every persistence unit (core, engines, modules) through any
 * interface (REST, SOAP, shell, import, scheduled jobs) is recorded with who, when, from where,
 * through which channel, the entity and its values before and after. Entries form a SHA-256 hash
 * chain, so an edited, deleted or cut-off entry is found by {@link org.jiceng.audit.AuditService#verify()}.
 * Modules do nothing to be audited: the core captures changes below JPA. 1.3: actions that write no
 * table (a module installed or uninstalled) are recorded with {@link
 * org.jiceng.audit.AuditService#recordAction}.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.3.0")
package org.jiceng.audit;
