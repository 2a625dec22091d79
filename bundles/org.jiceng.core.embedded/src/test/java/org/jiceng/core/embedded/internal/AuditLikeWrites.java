package org.jiceng.core.embedded.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * What the audit trail commits, in plain JDBC: a row of another table, a chain entry and the chain
 * head's move ({@code SELECT … FOR UPDATE}, then {@code UPDATE}), in one transaction. Shared by the
 * programs that kill or time such commits.
 */
final class AuditLikeWrites {
    private static final String PAYLOAD = "x".repeat(150);

    private AuditLikeWrites() {
    }

    static void createSchema(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE head(id INT PRIMARY KEY, seq BIGINT)");
            s.execute("INSERT INTO head VALUES (1, 0)");
            s.execute("CREATE TABLE entry(seq BIGINT PRIMARY KEY, payload VARCHAR(200))");
            s.execute("CREATE TABLE other(id BIGINT AUTO_INCREMENT PRIMARY KEY, payload VARCHAR(200))");
        }
    }

    /** One transaction on {@code c} (not in auto-commit mode), its statements prepared for it as JPA prepares them. */
    static void appendOne(Connection c) throws SQLException {
        try (PreparedStatement other = c.prepareStatement("INSERT INTO other(payload) VALUES (?)");
                PreparedStatement head = c.prepareStatement("SELECT seq FROM head WHERE id = 1 FOR UPDATE");
                PreparedStatement entry = c.prepareStatement("INSERT INTO entry VALUES (?, ?)");
                PreparedStatement move = c.prepareStatement("UPDATE head SET seq = ? WHERE id = 1")) {
            other.setString(1, PAYLOAD);
            other.executeUpdate();
            long seq;
            try (ResultSet r = head.executeQuery()) {
                r.next();
                seq = r.getLong(1) + 1;
            }
            entry.setLong(1, seq);
            entry.setString(2, PAYLOAD);
            entry.executeUpdate();
            move.setLong(1, seq);
            move.executeUpdate();
            c.commit();
        }
    }
}
