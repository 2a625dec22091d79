/**
 * The core registry: jurisdictions, Party organizations and members, and the services that query and change them.
 * 2.1: {@link org.jiceng.registry.JurisdictionService#search}.
 * 2.3: {@link org.jiceng.registry.OrganizationService#getAll}.
 * 2.4: {@link org.jiceng.registry.JurisdictionService#ancestorAt} and {@link org.jiceng.registry.JurisdictionService#nameOf}.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("2.4.0")
package org.jiceng.registry;
