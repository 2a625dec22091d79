package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A database written before the scoring engine left the registry bundle upgrades in place. Before
 * the split the engine's two scripts were the core's V5 and V9; they moved byte for byte and are now
 * the scoring bundle's V1 and V2. The test writes scoring data, puts the migration history back as
 * the build before the split left it (core V5 and V9, the same checksums), restarts, and checks that
 * the history is re-owned without running a script twice and that the data is all there.
 */
class CoreSplitUpgradeIT {
    private static JicengServer server;
    private static Api api;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    void aDatabaseFromBeforeTheScoringSplitIsReownedAndKeepsItsData() {
        ObjectNode scheme = Api.object().put("key", "upgrade-check-" + System.nanoTime()).put("name", "升级检查").put("subjectKind", "ORGANIZATION")
                .put("periodKind", "YEAR").put("jurisdictionCode", "360823");
        ArrayNode indicators = scheme.putArray("indicators");
        indicators.addObject().put("key", "work").put("name", "工作").put("weight", 100).put("maximum", 100).put("source", "MANUAL");
        Api.Reply created = api.post("/scoring/schemes", scheme);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").asLong();
        ArrayNode sheets = Api.JSON.createArrayNode();
        sheets.addObject().put("subjectId", "org-1").put("name", "第一支部").put("jurisdictionCode", "360823").put("enteredBy", "test")
                .putObject("values").put("work", 88);
        Api.Reply entered = api.put("/scoring/schemes/" + id + "/periods/2024/scores", sheets);
        assertEquals(204, entered.status(), entered.toString());
        Api.Reply computed = api.post("/scoring/schemes/" + id + "/periods/2024/compute", Api.object());
        assertEquals(200, computed.status(), computed.toString());
        // The embedded database is read only while the server is stopped (H2 locks its file).
        Map<String, Map<String, String>> before = new TreeMap<>();
        server.restart(() -> {
            before.put("scoring", history("scoring"));
            // The history as the build before the split wrote it: the same scripts, recorded as the core's.
            sql("UPDATE schema_migration SET owner = 'core', version = 5 WHERE owner = 'scoring' AND version = 1");
            sql("UPDATE schema_migration SET owner = 'core', version = 9 WHERE owner = 'scoring' AND version = 2");
        });
        assertEquals(Map.of("1", "scoring", "2", "scoring grade consequence"), descriptions(before.get("scoring")),
                "the engine owned its two scripts");
        assertFalse(server.logLines("Migration core V5 is now scoring V1").isEmpty(), "the re-owning is logged");
        assertFalse(server.logLines("Migration core V9 is now scoring V2").isEmpty(), "the re-owning is logged");

        Map<String, Map<String, String>> after = new TreeMap<>();
        server.restart(() -> {
            after.put("scoring", history("scoring"));
            after.put("core", history("core"));
        });
        assertEquals(before.get("scoring"), after.get("scoring"), "re-owned with the checksums and descriptions recorded when they ran");
        assertFalse(after.get("core").containsKey("5") || after.get("core").containsKey("9"), "the core no longer lists the moved scripts");
        assertTrue(after.get("core").containsKey("11"), "the core keeps its own scripts: " + after.get("core").keySet());
        JsonNode read = api.get("/scoring/schemes/" + id).json();
        assertEquals(scheme.get("key").asText(), read.get("key").asText());
        JsonNode results = api.get("/scoring/schemes/" + id + "/periods/2024/results").json();
        assertEquals(1, results.get("total").asInt(), results.toString());
        assertEquals("org-1", results.at("/items/0/subjectId").asText());
        assertEquals(88.0, results.at("/items/0/total").asDouble(), 0.001, results.toString());
        Api.Reply again = api.post("/scoring/schemes", scheme.put("key", scheme.get("key").asText() + "-after"));
        assertEquals(201, again.status(), "the engine writes after the upgrade: " + again);
    }

    /** version → "description|checksum" of one owner's recorded migrations. */
    private static Map<String, String> history(String owner) {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.jdbcUser(), server.jdbcPassword());
                PreparedStatement p = c.prepareStatement("SELECT version, description, checksum FROM schema_migration WHERE owner = ?")) {
            p.setString(1, owner);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.put(String.valueOf(r.getInt(1)), r.getString(2) + "|" + r.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static Map<String, String> descriptions(Map<String, String> history) {
        Map<String, String> out = new TreeMap<>();
        history.forEach((version, row) -> out.put(version, row.substring(0, row.indexOf('|'))));
        return out;
    }

    private static void sql(String statement) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.jdbcUser(), server.jdbcPassword());
                PreparedStatement p = c.prepareStatement(statement)) {
            assertEquals(1, p.executeUpdate(), statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
