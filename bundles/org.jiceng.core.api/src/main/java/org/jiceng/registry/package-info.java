/** The core registry: jurisdictions, Party organizations and members, and the services that query and change them. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.jiceng.registry;
