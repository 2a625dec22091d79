package org.jiceng.persistence;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Applies a bundle's versioned SQL migrations to the Jiceng database, once each and in order,
 * recording them in the core's {@code schema_migration} table. Scripts live in the bundle under
 * {@code db/migration/} and are named {@code V<n>__<description>.sql}; a script may have a
 * database-specific variant {@code V<n>__<description>.<database>.sql} ({@code h2},
 * {@code postgresql}) that is used instead on that database. Applied scripts must never change:
 * their checksum is verified, so an edited script fails loudly instead of silently diverging.
 * <p>
 * When code moves to another bundle with its tables, its scripts move byte for byte and the new
 * bundle declares them in {@code db/migration/adopted.properties} as
 * {@code <version>=<former owner>:<former version>}: where the former owner applied a script, its
 * history row is re-owned (the checksums must match) instead of the script running again.
 */
@ProviderType
public interface SchemaMigrator {

    /**
     * Brings the owner's schema up to date.
     *
     * @param bundle the bundle whose {@code db/migration/} scripts to apply
     * @param owner name the migrations are recorded under (the module id, or {@code core})
     * @return the number of scripts applied now
     */
    int migrate(Bundle bundle, String owner);

    /** Highest migration version applied for the owner, 0 when none. */
    int currentVersion(String owner);

    /** Product name of the database, e.g. {@code H2} or {@code PostgreSQL}. */
    String databaseProduct();
}
