/** Persistence helpers shared by the core and modules: transactions over a JPA unit, versioned schema migrations, the read-only jurisdiction closure for the core engines' units, and reads a streaming replica may serve. */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.9.0")
package org.jiceng.persistence;
