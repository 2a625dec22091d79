package org.jiceng.core.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.jiceng.module.ModuleDeclaration;
import org.jiceng.persistence.SchemaMigrator;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies {@code db/migration/V<n>__*.sql} scripts of the core and of modules, recorded per owner. */
@Component(service = SchemaMigrator.class)
public class SqlSchemaMigrator implements SchemaMigrator {
    private final Logger logger = LoggerFactory.getLogger(SqlSchemaMigrator.class);

    static final String HISTORY_DDL = "CREATE TABLE IF NOT EXISTS schema_migration ("
            + "owner VARCHAR(64) NOT NULL, version INTEGER NOT NULL, description VARCHAR(200) NOT NULL, "
            + "checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL, PRIMARY KEY (owner, version))";
    /**
     * Which module owns which table prefix. A module's tables outlive its bundle (data is kept on
     * uninstall), so a prefix stays claimed: another module with the same prefix would run its
     * scripts over them.
     */
    static final String PREFIX_DDL = "CREATE TABLE IF NOT EXISTS schema_prefix ("
            + "prefix VARCHAR(32) NOT NULL PRIMARY KEY, owner VARCHAR(64) NOT NULL, claimed_at TIMESTAMP NOT NULL)";

    /** The advisory lock's key: any number no other user of the database takes ("jcmg"). */
    private static final long MIGRATION_LOCK = 0x6a636d67L;

    private final DataSource dataSource;
    private final String database;
    private final boolean postgresql;

    @Activate
    public SqlSchemaMigrator(@Reference(target = "(osgi.jndi.service.name=jiceng)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.database = detectDatabase(dataSource);
        this.postgresql = database.toLowerCase(java.util.Locale.ROOT).contains("postgres");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            lockAgainstOtherNodes(c);
            try {
                s.execute(HISTORY_DDL);
                s.execute(PREFIX_DDL);
            } finally {
                unlock(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the schema_migration and schema_prefix tables", e);
        }
    }

    @Override
    public synchronized int migrate(Bundle bundle, String owner) {
        List<MigrationScript> scripts = scriptsOf(bundle);
        String prefix = ModuleDeclaration.of(bundle).map(ModuleDeclaration::tablePrefix).orElse(null);
        if (prefix != null) {
            checkPrefix(owner, prefix, MigrationScript.selectFor(scripts, database));
            claimPrefix(owner, prefix);
        }
        return apply(owner, scripts, adoptionsOf(bundle));
    }

    /** Records the owner's table prefix on first use; refuses a prefix another module owns. */
    synchronized void claimPrefix(String owner, String prefix) {
        try (Connection c = dataSource.getConnection()) {
            String holder = null;
            try (PreparedStatement p = c.prepareStatement("SELECT owner FROM schema_prefix WHERE prefix = ?")) {
                p.setString(1, prefix);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        holder = r.getString(1);
                    }
                }
            }
            if (holder == null) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_prefix (prefix, owner, claimed_at) VALUES (?, ?, ?)")) {
                    p.setString(1, prefix);
                    p.setString(2, owner);
                    p.setTimestamp(3, Timestamp.from(Instant.now()));
                    p.executeUpdate();
                }
            } else if (!holder.equals(owner)) {
                throw new IllegalStateException("Module " + owner + " cannot use the table prefix '" + prefix + "_': module " + holder
                        + " owns it (its tables stay when it is uninstalled); give the module a prefix of its own");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the table prefix of " + owner + ": " + e.getMessage(), e);
        }
    }

    private static void checkPrefix(String owner, String prefix, List<MigrationScript> scripts) {
        for (MigrationScript script : scripts) {
            List<String> wrong = TablePrefixRule.violations(prefix, script.statements());
            if (!wrong.isEmpty()) {
                throw new IllegalStateException("Migration " + owner + " V" + script.version() + " (" + script.name()
                        + ") touches objects outside the module's table prefix '"
                        + prefix + "_': " + String.join("; ", wrong));
            }
        }
    }

    /** Applies the scripts newer than what is recorded; package-visible for unit tests without OSGi. */
    synchronized int apply(String owner, List<MigrationScript> available) {
        return apply(owner, available, List.of());
    }

    /** Re-owns what the owner adopted, then applies the scripts newer than what is recorded. */
    synchronized int apply(String owner, List<MigrationScript> available, List<MigrationAdoption> adoptions) {
        List<MigrationScript> scripts = MigrationScript.selectFor(available, database);
        int applied = 0;
        try (Connection c = dataSource.getConnection()) {
            lockAgainstOtherNodes(c);
            try {
                for (MigrationAdoption adoption : adoptions) {
                    adopt(c, owner, scripts, adoption);
                }
                for (MigrationScript script : scripts) {
                    String recorded = recordedChecksum(c, owner, script.version());
                    if (recorded != null) {
                        if (!recorded.equals(script.checksum())) {
                            throw new IllegalStateException("Migration " + owner + " V" + script.version()
                                    + " was changed after it was applied; add a new version instead of editing it");
                        }
                        continue;
                    }
                    run(c, owner, script);
                    applied++;
                }
            } finally {
                unlock(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Schema migration of " + owner + " failed: " + e.getMessage(), e);
        }
        if (applied > 0) {
            logger.info("Applied {} schema migration(s) for {} on {}", applied, owner, database);
        }
        return applied;
    }

    /**
     * Where the former owner applied the adopted script, its history row becomes this owner's (one
     * statement, so a crash leaves it either moved or not). The scripts must be the same: the
     * recorded checksum is compared with this owner's script.
     */
    private void adopt(Connection c, String owner, List<MigrationScript> scripts, MigrationAdoption adoption) throws SQLException {
        if (recordedChecksum(c, owner, adoption.version()) != null) {
            return; // adopted before, or run here on a database created after the move
        }
        String former = recordedChecksum(c, adoption.fromOwner(), adoption.fromVersion());
        if (former == null) {
            return; // the former owner never ran it: the script runs here
        }
        MigrationScript script = scripts.stream().filter(s -> s.version() == adoption.version()).findFirst()
                .orElseThrow(() -> new IllegalStateException("Migration " + owner + " adopts V" + adoption.version() + " but has no such script"));
        if (!former.equals(script.checksum())) {
            throw new IllegalStateException("Migration " + owner + " V" + adoption.version() + " adopts " + adoption.fromOwner() + " V"
                    + adoption.fromVersion() + ", but that script was different");
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE schema_migration SET owner = ?, version = ? WHERE owner = ? AND version = ?")) {
            p.setString(1, owner);
            p.setInt(2, adoption.version());
            p.setString(3, adoption.fromOwner());
            p.setInt(4, adoption.fromVersion());
            p.executeUpdate();
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
        logger.info("Migration {} V{} is now {} V{} ({})", adoption.fromOwner(), adoption.fromVersion(), owner, adoption.version(), script.name());
    }

    private void run(Connection c, String owner, MigrationScript script) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : script.statements()) {
                s.execute(sql);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_migration (owner, version, description, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, owner);
                p.setInt(2, script.version());
                p.setString(3, script.description());
                p.setString(4, script.checksum());
                p.setTimestamp(5, Timestamp.from(Instant.now()));
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("V" + script.version() + " (" + script.name() + "): " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static String recordedChecksum(Connection c, String owner, int version) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT checksum FROM schema_migration WHERE owner = ? AND version = ?")) {
            p.setString(1, owner);
            p.setInt(2, version);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    @Override
    public int currentVersion(String owner) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT MAX(version) FROM schema_migration WHERE owner = ?")) {
            p.setString(1, owner);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String databaseProduct() {
        return database;
    }

    private static List<MigrationAdoption> adoptionsOf(Bundle bundle) {
        URL declared = bundle.getEntry("db/migration/" + MigrationAdoption.FILE);
        if (declared == null) {
            return List.of();
        }
        Properties properties = new Properties();
        try (InputStream in = declared.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + declared + " of " + bundle.getSymbolicName(), e);
        }
        return MigrationAdoption.parse(properties);
    }

    private static List<MigrationScript> scriptsOf(Bundle bundle) {
        List<MigrationScript> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries("db/migration", "V*.sql", false);
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                scripts.add(MigrationScript.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read migration " + name + " of " + bundle.getSymbolicName(), e);
            }
        }
        return scripts;
    }

    /**
     * Nodes starting together over one PostgreSQL database migrate one after another: a session
     * lock, released in {@code finally} (the pool keeps the connection, and with it a lock not
     * released). The embedded H2 has one node.
     */
    private void lockAgainstOtherNodes(Connection c) throws SQLException {
        if (postgresql) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
            }
        }
    }

    private void unlock(Connection c) throws SQLException {
        if (postgresql) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
            }
        }
    }

    private static String detectDatabase(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The jiceng data source does not answer: " + e.getMessage(), e);
        }
    }
}
