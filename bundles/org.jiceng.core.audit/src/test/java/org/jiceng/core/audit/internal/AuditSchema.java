package org.jiceng.core.audit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The trail's tables for a test database: the bundle's migrations, statement by statement. */
final class AuditSchema {
    private AuditSchema() {
    }

    static void create(Connection c) throws SQLException, IOException {
        for (String migration : new String[]{"V1__audit.sql", "V2__audit_pending.sql"}) {
            run(c, migration);
        }
    }

    private static void run(Connection c, String migration) throws SQLException, IOException {
        try (InputStream in = AuditSchema.class.getResourceAsStream("/db/migration/" + migration); Statement s = c.createStatement()) {
            StringBuilder sql = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.trim().startsWith("--")) {
                    continue;
                }
                sql.append(line).append('\n');
                if (line.trim().endsWith(";")) {
                    s.execute(sql.toString().trim().replaceAll(";$", ""));
                    sql.setLength(0);
                }
            }
        }
    }
}
