package org.jiceng.core.cluster.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.jiceng.persistence.SchemaMigrator;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The cluster's tables, migrated first; plain JDBC, since every statement here is one row. */
@Component(service = ClusterStore.class)
public class ClusterStore {
    static final String OWNER = "cluster";

    private final DataSource dataSource;
    private final boolean postgresql;

    @Activate
    public ClusterStore(@Reference(target = "(osgi.jndi.service.name=jiceng)") DataSource dataSource, @Reference SchemaMigrator migrator,
            BundleContext context) {
        this(dataSource, migrator.databaseProduct().toLowerCase(Locale.ROOT).contains("postgres"));
        migrator.migrate(context.getBundle(), OWNER);
    }

    ClusterStore(DataSource dataSource, boolean postgresql) {
        this.dataSource = dataSource;
        this.postgresql = postgresql;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Whether other nodes can share this database at all (an embedded H2 file is one process's). */
    boolean postgresql() {
        return postgresql;
    }

    /** Runs one statement with text parameters, committed at once; returns the rows it changed. */
    int update(String sql, String... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setString(i + 1, parameters[i]);
            }
            return p.executeUpdate();
        }
    }

    /** Runs an insert; false when a unique key refused it (the row is someone else's already). */
    boolean insertUnlessPresent(String sql, String... parameters) throws SQLException {
        try {
            update(sql, parameters);
            return true;
        } catch (SQLException e) {
            if (isDuplicate(e)) {
                return false;
            }
            throw e;
        }
    }

    /** A unique-key violation: SQLSTATE class 23 (integrity constraint) on H2 and PostgreSQL alike. */
    static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    /**
     * The database's time {@code seconds} from now, as SQL both H2 and PostgreSQL understand. The
     * database's clock, not the node's: the nodes' clocks may disagree, the database is one.
     */
    static String dbNowPlus(int seconds) {
        return seconds >= 0 ? "LOCALTIMESTAMP + INTERVAL '" + seconds + "' SECOND" : "LOCALTIMESTAMP - INTERVAL '" + -seconds + "' SECOND";
    }
}
