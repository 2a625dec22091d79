/** Persistence helpers shared by the core and modules: transactions over a JPA unit, versioned schema migrations, and the read-only jurisdiction closure for the core engines' units. */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.2.0")
package org.jiceng.persistence;
