/** Persistence helpers shared by the core and modules: transactions over a JPA unit and versioned schema migrations. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.1")
package org.jiceng.persistence;
