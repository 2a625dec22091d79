package org.jiceng.core.deployment.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * The cluster's module set in {@code deployment_module_set}: feature name → version. Plain JDBC,
 * one statement each, autocommitted: the set is changed from Karaf's feature events, outside any
 * JPA transaction.
 */
final class ModuleSetStore {
    private final DataSource dataSource;

    ModuleSetStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes the given modules as the set if nobody did before (the set's seed row is the claim); returns whether this node did. */
    boolean seedIfFirst(Map<String, String> installed) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO deployment_module_set_seed (id, seeded_at) VALUES (1, LOCALTIMESTAMP)")) {
                    p.executeUpdate();
                }
                for (Map.Entry<String, String> e : installed.entrySet()) {
                    put(c, e.getKey(), e.getValue());
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (isDuplicate(e)) {
                    return false; // seeded before
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    Map<String, String> read() throws SQLException {
        Map<String, String> set = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT feature, version FROM deployment_module_set");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                set.put(r.getString(1), r.getString(2));
            }
        }
        return set;
    }

    void put(String feature, String version) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            put(c, feature, version);
        }
    }

    private static void put(Connection c, String feature, String version) throws SQLException {
        try (PreparedStatement p = c
                .prepareStatement("UPDATE deployment_module_set SET version = ?, changed_at = LOCALTIMESTAMP WHERE feature = ?")) {
            p.setString(1, version);
            p.setString(2, feature);
            if (p.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement p = c
                .prepareStatement("INSERT INTO deployment_module_set (feature, version, changed_at) VALUES (?, ?, LOCALTIMESTAMP)")) {
            p.setString(1, feature);
            p.setString(2, version);
            p.executeUpdate();
        } catch (SQLException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
            put(c, feature, version); // another node inserted it meanwhile: now the update finds it
        }
    }

    /** Removes the feature at that version only: an update's "old version uninstalled" must not remove the new one. */
    void remove(String feature, String version) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("DELETE FROM deployment_module_set WHERE feature = ? AND version = ?")) {
            p.setString(1, feature);
            p.setString(2, version);
            p.executeUpdate();
        }
    }

    /** A unique-key violation (SQLSTATE class 23) on H2 and PostgreSQL alike. */
    private static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
