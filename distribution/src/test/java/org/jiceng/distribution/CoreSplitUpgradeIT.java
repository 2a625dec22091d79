package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A database written before the engines left the registry bundle upgrades in place. Before the split
 * the engines' scripts were the core's: scoring V5 and V9, procedures V6, problems V7, checklists V8,
 * the accounts V10, the audit trail V11.
 * They moved byte for byte and are now each engine's own V1 (and scoring's V2). The test writes data
 * through every engine, puts the migration history back as the build before the split left it (the
 * core's versions, the same checksums), restarts, and checks that the history is re-owned without
 * running a script twice and that the data is all there and the engines write.
 */
class CoreSplitUpgradeIT {
    /** A script that moved: its owner and version now, and its version when the core owned it. */
    private record Moved(String owner, int version, int coreVersion, String description) {
    }

    private static final List<Moved> MOVED = List.of(new Moved("scoring", 1, 5, "scoring"),
            new Moved("scoring", 2, 9, "scoring grade consequence"), new Moved("procedures", 1, 6, "procedures"),
            new Moved("problems", 1, 7, "problems"), new Moved("checklists", 1, 8, "checklists"), new Moved("security", 1, 10, "accounts"),
            new Moved("audit", 1, 11, "audit"));

    private static JicengServer server;
    private static Api api;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    void aDatabaseFromBeforeTheEngineSplitIsReownedAndKeepsItsData() {
        String suffix = String.valueOf(System.nanoTime());
        ObjectNode scheme = Api.object().put("key", "upgrade-check-" + suffix).put("name", "升级检查").put("subjectKind", "ORGANIZATION")
                .put("periodKind", "YEAR").put("jurisdictionCode", "360823");
        ArrayNode indicators = scheme.putArray("indicators");
        indicators.addObject().put("key", "work").put("name", "工作").put("weight", 100).put("maximum", 100).put("source", "MANUAL");
        Api.Reply created = api.post("/scoring/schemes", scheme);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").asLong();
        ArrayNode sheets = Api.JSON.createArrayNode();
        sheets.addObject().put("subjectId", "org-1").put("name", "第一支部").put("jurisdictionCode", "360823")
                .putObject("values").put("work", 88);
        Api.Reply entered = api.put("/scoring/schemes/" + id + "/periods/2024/scores", sheets);
        assertEquals(204, entered.status(), entered.toString());
        Api.Reply computed = api.post("/scoring/schemes/" + id + "/periods/2024/compute", Api.object());
        assertEquals(200, computed.status(), computed.toString());
        String procedureKey = "upgrade-procedure-" + suffix;
        Api.Reply defined = api.post("/procedures/definitions", procedure(procedureKey));
        assertEquals(201, defined.status(), defined.toString());
        Api.Reply found = api.post("/problems", problem("upgrade check " + suffix));
        assertEquals(201, found.status(), found.toString());
        long problemId = found.json().get("id").asLong();
        String checklistKey = "upgrade-checklist-" + suffix;
        Api.Reply set = api.post("/checklists", checklist(checklistKey));
        assertEquals(201, set.status(), set.toString());
        String username = "upgrade-" + suffix;
        ObjectNode account = Api.object().put("username", username).put("jurisdictionCode", "360823").put("password", "initial-pass-1");
        account.putArray("roles").add("viewer");
        Api.Reply user = api.post("/accounts", account);
        assertEquals(201, user.status(), user.toString());
        long auditedBefore = api.get("/audit/verify").json().get("lastSeq").asLong();

        // The embedded database is read only while the server is stopped (H2 locks its file).
        Map<String, Map<String, String>> before = new TreeMap<>();
        server.restart(() -> {
            MOVED.stream().map(Moved::owner).distinct().forEach(owner -> before.put(owner, history(owner)));
            // The history as the build before the split wrote it: the same scripts, recorded as the core's.
            MOVED.forEach(m -> sql("UPDATE schema_migration SET owner = 'core', version = " + m.coreVersion() + " WHERE owner = '" + m.owner()
                    + "' AND version = " + m.version()));
        });
        for (Moved m : MOVED) {
            assertEquals(m.description(), descriptions(before.get(m.owner())).get(String.valueOf(m.version())),
                    "the engine owned its script: " + m);
            assertFalse(server.logLines("Migration core V" + m.coreVersion() + " is now " + m.owner() + " V" + m.version()).isEmpty(),
                    "the re-owning is logged: " + m);
        }

        Map<String, Map<String, String>> after = new TreeMap<>();
        server.restart(() -> {
            MOVED.stream().map(Moved::owner).distinct().forEach(owner -> after.put(owner, history(owner)));
            after.put("core", history("core"));
        });
        MOVED.stream().map(Moved::owner).distinct().forEach(owner -> assertEquals(before.get(owner), after.get(owner),
                owner + " re-owned with the checksums and descriptions recorded when they ran"));
        MOVED.forEach(m -> assertFalse(after.get("core").containsKey(String.valueOf(m.coreVersion())),
                "the core no longer lists the moved script " + m));
        assertTrue(after.get("core").containsKey("4"), "the core keeps its own scripts: " + after.get("core").keySet());

        JsonNode read = api.get("/scoring/schemes/" + id).json();
        assertEquals(scheme.get("key").asText(), read.get("key").asText());
        JsonNode results = api.get("/scoring/schemes/" + id + "/periods/2024/results").json();
        assertEquals(1, results.get("total").asInt(), results.toString());
        assertEquals("org-1", results.at("/items/0/subjectId").asText());
        assertEquals(88.0, results.at("/items/0/total").asDouble(), 0.001, results.toString());
        assertEquals(2, api.get("/procedures/definitions/" + procedureKey).json().get("steps").size());
        assertEquals("upgrade check " + suffix, api.get("/problems/" + problemId).json().get("description").asText());
        assertEquals(2, api.get("/checklists/" + checklistKey).json().at("/aspects/0/criteria").size());
        assertEquals(200, api.withAuthorization(JicengServer.basic(username, "initial-pass-1")).get("/members?jurisdiction=360823&size=1").status(),
                "the account kept its password hash and signs in");
        JsonNode chain = api.get("/audit/verify").json();
        assertTrue(chain.get("valid").asBoolean(), chain.toString());
        assertTrue(chain.get("lastSeq").asLong() >= auditedBefore, "the audit trail kept its entries: " + chain);

        assertEquals(201, api.post("/scoring/schemes", scheme.put("key", scheme.get("key").asText() + "-after")).status(),
                "the scoring engine writes after the upgrade");
        assertEquals(201, api.post("/procedures/definitions", procedure(procedureKey + "-after")).status(),
                "the procedure engine writes after the upgrade");
        assertEquals(201, api.post("/problems", problem("after the upgrade " + suffix)).status(), "the problems engine writes after the upgrade");
        assertEquals(201, api.post("/checklists", checklist(checklistKey + "-after")).status(), "the checklist engine writes after the upgrade");
    }

    private static ObjectNode procedure(String key) {
        ObjectNode d = Api.object().put("key", key).put("name", "升级检查程序");
        ArrayNode steps = d.putArray("steps");
        steps.addObject().put("key", "apply").put("name", "申请").put("record", "申请书").put("role", "村党支部").putArray("requiredAttachments");
        steps.addObject().put("key", "approve").put("name", "审批").put("record", "批复").put("role", "乡镇党委").putArray("requiredAttachments");
        return d;
    }

    private static ObjectNode problem(String description) {
        return Api.object().put("source", "INSPECTION_TOUR").put("subjectType", "JURISDICTION").put("subjectId", "360823")
                .put("jurisdictionCode", "360823").put("category", "组织建设").put("severity", "LOW").put("description", description)
                .put("foundBy", "巡察组").put("foundOn", LocalDate.now().minusDays(1).toString())
                .put("deadline", LocalDate.now().plusDays(30).toString());
    }

    private static ObjectNode checklist(String key) {
        ObjectNode set = Api.object().put("key", key).put("name", "升级检查清单");
        ArrayNode criteria = set.putArray("aspects").addObject().put("key", "a1").put("name", "组织设置").putArray("criteria");
        criteria.addObject().put("key", "c1").put("text", "支部设置规范").put("kind", "MET_NOT_MET").put("required", true);
        criteria.addObject().put("key", "c2").put("text", "班子配备齐全").put("kind", "MET_NOT_MET").put("required", true);
        return set;
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
