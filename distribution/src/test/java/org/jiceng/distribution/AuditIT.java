package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The audit trail on the running distribution: writes through REST, the shell, an import job and a
 * module are recorded with who, when, where from, before and after; the trail is searched and
 * exported; and an entry edited or deleted in the database behind the server's back is found.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditIT {
    private static final String MODULE = "xingning-term-reminders";

    private static JicengServer server;
    private static Api api;
    private static long organizationId;
    private static JsonNode insertEntry;
    private static JsonNode updateEntry;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void restWritesAreRecordedWithBeforeAndAfter() {
        LocalDateTime start = utcNow().minusSeconds(2);
        ObjectNode o = Api.object().put("name", "兴宁市审计测试党支部").put("type", "BRANCH").put("field", "ORGAN").put("jurisdictionCode", "441481")
                .put("termStart", "2024-01-01").put("termEnd", "2029-01-01").put("starRating", 3);
        Api.Reply created = api.post("/organizations", o);
        assertEquals(201, created.status(), created.toString());
        organizationId = created.json().get("id").asLong();
        long version = created.json().get("version").asLong();
        Api.Reply updated = api.put("/organizations/" + organizationId, o.put("starRating", 4).put("version", version));
        assertEquals(200, updated.status(), updated.toString());
        // a refused write (stale version) leaves no entry: the entries are part of the write's transaction
        assertProblem(api.put("/organizations/" + organizationId, o.put("starRating", 5)), 409);

        JsonNode page = api.get("/audit?entity=OrganizationEntity&entityId=" + organizationId).json();
        assertEquals(2, page.get("total").asInt(), page.toString());
        updateEntry = page.at("/items/0");
        insertEntry = page.at("/items/1");
        assertEquals("UPDATE", updateEntry.get("action").asText());
        assertEquals("INSERT", insertEntry.get("action").asText());
        assertTrue(updateEntry.get("seq").asLong() > insertEntry.get("seq").asLong());

        JsonNode before = json(updateEntry.get("beforeJson").asText());
        JsonNode after = json(updateEntry.get("afterJson").asText());
        assertEquals(3, before.get("starRating").asInt());
        assertEquals(4, after.get("starRating").asInt());
        assertEquals(version, before.get("version").asLong());
        assertEquals(version + 1, after.get("version").asLong());
        assertFalse(after.has("name"), "an update records the changed attributes only: " + after);

        JsonNode inserted = json(insertEntry.get("afterJson").asText());
        assertEquals("兴宁市审计测试党支部", inserted.get("name").asText());
        assertTrue(insertEntry.get("beforeJson").isNull());
        for (JsonNode e : List.of(insertEntry, updateEntry)) {
            assertEquals("jiceng-core", e.get("unit").asText());
            assertEquals("party_organization", e.get("tableName").asText().toLowerCase());
            assertEquals("441481", e.get("jurisdictionCode").asText(), "the organization's jurisdiction");
            assertCaller(e, "REST");
            LocalDateTime at = LocalDateTime.parse(e.get("occurredAt").asText());
            assertFalse(at.isBefore(start) || at.isAfter(utcNow().plusSeconds(2)), "occurredAt is now, UTC: " + at);
            assertEquals(64, e.get("hash").asText().length());
        }
        if (updateEntry.get("seq").asLong() == insertEntry.get("seq").asLong() + 1) {
            assertEquals(insertEntry.get("hash").asText(), updateEntry.get("prevHash").asText(), "each entry links to the one before");
        }
    }

    @Test
    @Order(2)
    void memberWritesAreRecordedWithPersonalDataMasked() {
        long orgId = api.get("/organizations?jurisdiction=430581&size=1").json().at("/items/0/id").asLong();
        ObjectNode m = Api.object().put("name", "审计测试党员").put("gender", "FEMALE").put("birthDate", "1990-05-01").put("organizationId", orgId)
                .put("stage", "ACTIVIST").put("applicationDate", "2025-01-10").put("activistDate", "2025-03-01").put("hasPost", false)
                .put("idCardNumber", "43058119900501262X").put("phone", "13812345678");
        Api.Reply created = api.post("/members", m);
        assertEquals(201, created.status(), created.toString());
        long memberId = created.json().get("id").asLong();
        assertEquals(204, api.delete("/members/" + memberId).status());

        JsonNode page = api.get("/audit?entity=MemberEntity&entityId=" + memberId).json();
        assertEquals(2, page.get("total").asInt(), page.toString());
        JsonNode deleted = page.at("/items/0");
        JsonNode inserted = page.at("/items/1");
        assertEquals("DELETE", deleted.get("action").asText());
        assertTrue(deleted.get("afterJson").isNull());
        assertEquals("审计测试党员", json(deleted.get("beforeJson").asText()).get("name").asText(), "a delete keeps the values it removed");
        JsonNode values = json(inserted.get("afterJson").asText());
        assertEquals("430581********262X", values.get("idCardNumber").asText());
        assertEquals("138****5678", values.get("phone").asText());
        assertFalse(page.toString().contains("19900501262") || page.toString().contains("13812345678"), "no personal numbers in the trail");
    }

    @Test
    @Order(3)
    void importJobWritesAreRecorded() throws IOException {
        // Enough rows that PostgreSQL takes the entries as a stream (COPY), one with the characters that format escapes.
        String marker = "审计导入" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String escaped = marker + "党支部\\7 \"甲\"\t乙";
        StringBuilder csv = new StringBuilder("名称,类型,领域,行政区划代码\n");
        for (int i = 0; i < 2 * 64; i++) {
            csv.append(i == 7 ? "\"" + escaped.replace("\"", "\"\"") + "\"" : marker + "党支部" + i).append(",党支部,机关,430581\n");
        }
        JsonNode job = ImportExportIT.runImportWith(api, server, "organizations", csv.toString().getBytes(StandardCharsets.UTF_8), false);
        assertEquals("SUCCEEDED", job.get("status").asText(), job.toString());
        List<JsonNode> imported = new ArrayList<>();
        JsonNode named = null;
        for (JsonNode e : api.get("/audit?entity=OrganizationEntity&size=200").json().get("items")) {
            String name = Api.JSON.readTree(e.get("afterJson").asText("{}")).path("name").asText("");
            if (name.startsWith(marker)) {
                imported.add(e);
                named = name.equals(escaped) ? e : named;
            }
        }
        assertEquals(2 * 64, imported.size(), "the import job's writes, on the job's own thread, are in the trail");
        assertNotNull(named, "the name with a backslash, quotes and a tab is in the trail as written");
        assertEquals("INSERT", named.get("action").asText());
        assertEquals("430581", named.get("jurisdictionCode").asText());
        assertCaller(named, "IMPORT");
        JsonNode verify = api.get("/audit/verify").json();
        assertTrue(verify.get("valid").asBoolean(), verify.toString());
    }

    @Test
    @Order(4)
    void shellAndModuleWritesAreRecorded() {
        boolean wasInstalled = api.get("/modules").body().contains(MODULE);
        if (!wasInstalled) {
            server.shell("feature:install jiceng-" + MODULE);
            server.waitFor("/api/v1/modules/" + MODULE, Duration.ofSeconds(60));
        }
        try {
            String out = server.shell("jiceng:module-enable " + MODULE + " 430581");
            assertTrue(out.contains("enabled for 430581"), out);
            JsonNode enablement = api.get("/audit?entity=ModuleEnablementEntity&size=1").json().at("/items/0");
            assertEquals("INSERT", enablement.get("action").asText(), enablement.toString());
            assertTrue(enablement.get("afterJson").asText().contains("430581"), enablement.toString());
            assertCaller(enablement, "SHELL");

            LocalDate termEnd = LocalDate.now().plusMonths(2);
            ObjectNode o = Api.object().put("name", "武冈市审计换届测试党支部").put("type", "BRANCH").put("field", "ORGAN").put("jurisdictionCode", "430581")
                    .put("termStart", termEnd.minusYears(5).toString()).put("termEnd", termEnd.toString());
            Api.Reply org = api.post("/organizations", o);
            assertEquals(201, org.status(), org.toString());
            long orgId = org.json().get("id").asLong();
            String base = "/jurisdictions/430581/" + MODULE;
            server.waitFor("/api/v1" + base + "/expiring", Duration.ofSeconds(30));
            Api.Reply reminder = api.post(base + "/reminders", Api.object().put("organizationId", orgId).put("note", "审计测试"));
            assertEquals(201, reminder.status(), reminder.toString());
            long reminderId = reminder.json().get("id").asLong();

            JsonNode page = api.get("/audit?entity=ReminderEntity&entityId=" + reminderId).json();
            assertEquals(1, page.get("total").asInt(), page.toString());
            JsonNode e = page.at("/items/0");
            assertEquals(MODULE, e.get("unit").asText(), "the module's own persistence unit, audited without the module doing anything");
            assertEquals("INSERT", e.get("action").asText());
            assertEquals(orgId, json(e.get("afterJson").asText()).get("organizationId").asLong());
            assertCaller(e, "REST");
            // the test organization leaves the reminder window again, so the county's expiring terms are as the demo data made them
            Api.Reply moved = api.put("/organizations/" + orgId, o.put("termEnd", termEnd.plusYears(3).toString())
                    .put("version", org.json().get("version").asLong()));
            assertEquals(200, moved.status(), moved.toString());
        } finally {
            api.delete("/modules/" + MODULE + "/jurisdictions/430581");
            if (!wasInstalled) {
                server.shell("feature:uninstall jiceng-" + MODULE);
            }
        }
    }

    @Test
    @Order(5)
    void theTrailIsQueriedByUserTimeAndJurisdictionAndExported() throws IOException {
        String user = updateEntry.get("username").asText();
        LocalDateTime at = LocalDateTime.parse(updateEntry.get("occurredAt").asText());
        String window = "&from=" + at.minusSeconds(1).truncatedTo(ChronoUnit.SECONDS) + "&to=" + at.plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        assertTrue(api.get("/audit?user=" + user + window).json().get("total").asInt() >= 1);
        assertTrue(contains(api.get("/audit?size=500&user=" + user + window).json(), updateEntry.get("seq").asLong()));
        assertFalse(contains(api.get("/audit?size=500&from=" + at.plusMinutes(1)).json(), updateEntry.get("seq").asLong()));
        assertEquals(0, api.get("/audit?user=nobody-at-all").json().get("total").asInt());

        assertEquals(2, api.get("/audit?jurisdiction=441400&entity=OrganizationEntity&entityId=" + organizationId).json().get("total").asInt(),
                "the city's subtree holds the county's organization");
        assertEquals(0, api.get("/audit?jurisdiction=430581&entity=OrganizationEntity&entityId=" + organizationId).json().get("total").asInt());

        JsonNode sorted = api.get("/audit?sort=seq&size=3").json();
        assertTrue(sorted.at("/items/0/seq").asLong() < sorted.at("/items/1/seq").asLong());

        assertProblem(api.get("/audit?from=yesterday"), 400);
        assertProblem(api.get("/audit?channel=FAX"), 400);
        assertProblem(api.get("/audit?sort=hash"), 400);
        assertProblem(api.get("/audit?size=501"), 400);
        assertProblem(api.get("/audit?from=2026-02-01&to=2026-01-01"), 400);
        assertProblem(api.get("/audit?entityId=5"), 400);

        HttpResponse<byte[]> xlsx = server.download("/api/v1/audit?entity=OrganizationEntity&entityId=" + organizationId + "&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum(), "a header and the two entries");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertTrue(header.containsAll(List.of("seq", "occurredAt", "username", "channel", "action", "beforeJson", "afterJson", "hash")),
                    header.toString());
            Row first = sheet.getRow(1);
            assertEquals("UPDATE", first.getCell(header.indexOf("action")).getStringCellValue());
        }

        String list = server.shell("jiceng:audit-list --entity OrganizationEntity --id " + organizationId + " --limit 5");
        assertTrue(list.contains("UPDATE") && list.contains("INSERT") && list.contains("2 entries match"), list);
    }

    @Test
    @Order(6)
    void theIntactChainVerifies() {
        JsonNode v = api.get("/audit/verify").json();
        assertTrue(v.get("valid").asBoolean(), v.toString());
        assertTrue(v.get("entriesChecked").asLong() >= 8, v.toString());
        assertEquals(v.get("entriesChecked").asLong(), v.get("lastSeq").asLong());
        assertTrue(v.get("firstBrokenSeq").isNull());
        assertTrue(server.shell("jiceng:audit-verify").contains("VALID"));
    }

    @Test
    @Order(7)
    void anEditedEntryIsDetected() {
        long seq = updateEntry.get("seq").asLong();
        server.restart(() -> sql("UPDATE audit_entry SET after_json = ? WHERE seq = ?", "{\"starRating\":5,\"version\":1}", seq));
        JsonNode v = api.get("/audit/verify").json();
        assertFalse(v.get("valid").asBoolean(), v.toString());
        assertEquals(seq, v.get("firstBrokenSeq").asLong(), v.toString());
        assertTrue(v.get("reason").asText().contains("altered"), v.toString());
        String shell = server.shell("jiceng:audit-verify");
        assertTrue(shell.contains("BROKEN at seq " + seq), shell);
    }

    @Test
    @Order(8)
    void aDeletedEntryIsDetected() {
        long updateSeq = updateEntry.get("seq").asLong();
        long insertSeq = insertEntry.get("seq").asLong();
        server.restart(() -> {
            sql("UPDATE audit_entry SET after_json = ? WHERE seq = ?", updateEntry.get("afterJson").asText(), updateSeq);
            sql("DELETE FROM audit_entry WHERE seq = ?", insertSeq);
        });
        JsonNode v = api.get("/audit/verify").json();
        assertFalse(v.get("valid").asBoolean(), v.toString());
        assertEquals(insertSeq, v.get("firstBrokenSeq").asLong(), v.toString());
        assertTrue(v.get("reason").asText().contains("missing"), v.toString());
    }

    @Test
    @Order(9)
    void theRestoredChainVerifiesAgainAndKeepsGrowing() {
        JsonNode e = insertEntry;
        server.restart(() -> sql("INSERT INTO audit_entry (seq, occurred_at, username, channel, remote_address, caller_jurisdiction, "
                + "jurisdiction_code, unit_name, entity, table_name, entity_id, action, before_json, after_json, prev_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.get("seq").asLong(),
                Timestamp.valueOf(LocalDateTime.parse(e.get("occurredAt").asText())), text(e, "username"), text(e, "channel"),
                text(e, "remoteAddress"), text(e, "callerJurisdiction"), text(e, "jurisdictionCode"), text(e, "unit"), text(e, "entity"),
                text(e, "tableName"), text(e, "entityId"), text(e, "action"), text(e, "beforeJson"), text(e, "afterJson"), text(e, "prevHash"),
                text(e, "hash")));
        JsonNode v = api.get("/audit/verify").json();
        assertTrue(v.get("valid").asBoolean(), v.toString());
        long last = v.get("lastSeq").asLong();
        assertEquals(204, api.delete("/organizations/" + organizationId).status());
        JsonNode after = api.get("/audit/verify").json();
        assertTrue(after.get("valid").asBoolean(), after.toString());
        assertEquals(last + 1, after.get("lastSeq").asLong(), "the delete is the next link");
        JsonNode deleted = api.get("/audit?entity=OrganizationEntity&entityId=" + organizationId + "&size=1").json().at("/items/0");
        assertEquals("DELETE", deleted.get("action").asText());
        assertNull(deleted.get("afterJson").textValue());
    }

    @Test
    @Order(10)
    void aSignedCheckpointAnchorsTheChainAgainstARewrite() throws Exception {
        JsonNode head = api.get("/audit/verify").json();
        assertTrue(head.get("valid").asBoolean(), head.toString());
        Api.Reply made = api.post("/audit/checkpoints", Api.object());
        assertEquals(201, made.status(), made.toString());
        JsonNode checkpoint = made.json();
        long seq = checkpoint.get("seq").asLong();
        assertTrue(seq >= head.get("lastSeq").asLong(), checkpoint.toString());
        assertTrue(checkpoint.get("hash").asText().matches("[0-9a-f]{64}"), checkpoint.toString());
        assertEquals(checkpoint.get("signature").asText(), api.get("/audit/checkpoints?size=1").json().at("/0/signature").asText());
        try (var files = java.nio.file.Files.list(server.home.resolve("data").resolve("audit-checkpoints"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("checkpoint-" + seq + "-")), "the checkpoint's file");
        }
        // An upper-level system checks the signature with the public key alone, as this test does with the JDK.
        JsonNode key = api.get("/audit/checkpoints/key").json();
        java.security.Signature ed25519 = java.security.Signature.getInstance("Ed25519");
        ed25519.initVerify(java.security.KeyFactory.getInstance("Ed25519")
                .generatePublic(new java.security.spec.X509EncodedKeySpec(java.util.Base64.getDecoder().decode(key.get("publicKey").asText()))));
        ed25519.update(("jiceng-audit-checkpoint/1\nseq=" + seq + "\nhash=" + checkpoint.get("hash").asText() + "\nsignedAt="
                + java.time.Instant.parse(checkpoint.get("signedAt").asText()) + "\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(ed25519.verify(java.util.Base64.getDecoder().decode(checkpoint.get("signature").asText())));

        JsonNode intact = api.post("/audit/checkpoints/verify", checkpoint).json();
        assertTrue(intact.get("valid").asBoolean(), intact.toString());
        ObjectNode altered = checkpoint.deepCopy();
        altered.put("seq", seq - 1);
        JsonNode forged = api.post("/audit/checkpoints/verify", altered).json();
        assertFalse(forged.get("valid").asBoolean(), forged.toString());
        assertTrue(forged.get("reason").asText().contains("signature"), forged.toString());
        assertProblem(api.post("/audit/checkpoints/verify", Api.object().put("seq", seq)), 400);

        // Someone with the database cuts the history back to two entries before the checkpoint and moves the head
        // with it: the chain stays consistent in itself, so only the checkpoint shows what happened.
        long keep = seq - 2;
        server.restart(() -> {
            sqlRows("DELETE FROM audit_entry WHERE seq > ?", keep);
            sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = (SELECT hash FROM audit_entry WHERE seq = ?) WHERE id = 1", keep, keep);
        });
        JsonNode alone = api.get("/audit/verify").json();
        assertTrue(alone.get("valid").asBoolean(), "consistent in itself: " + alone);
        JsonNode anchored = api.post("/audit/checkpoints/verify", checkpoint).json();
        assertFalse(anchored.get("valid").asBoolean(), anchored.toString());
        assertTrue(anchored.get("reason").asText().contains("entries were removed"), anchored.toString());
    }

    /** Who and through which interface: the account the test logs in as, bound by each entry point. */
    private static void assertCaller(JsonNode e, String channel) {
        assertEquals(channel, e.get("channel").asText(), e.toString());
        assertEquals(JicengServer.ADMIN, e.get("username").asText(), e.toString());
        if ("REST".equals(channel)) {
            assertEquals("127.0.0.1", e.get("remoteAddress").asText(), e.toString());
        }
    }

    private static JsonNode findEntry(String path, String text) {
        for (JsonNode e : api.get(path).json().get("items")) {
            if (e.get("afterJson").asText("").contains(text)) {
                return e;
            }
        }
        return null;
    }

    private static boolean contains(JsonNode page, long seq) {
        for (JsonNode e : page.get("items")) {
            if (e.get("seq").asLong() == seq) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Edits the stopped server's database directly, as someone with access to its files or its database account could; one row. */
    private static void sql(String statement, Object... parameters) {
        assertEquals(1, update(statement, parameters), statement);
    }

    /** Like {@link #sql} for a statement that may touch any number of rows (at least one). */
    private static void sqlRows(String statement, Object... parameters) {
        assertTrue(update(statement, parameters) > 0, statement);
    }

    private static int update(String statement, Object... parameters) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.jdbcUser(), server.jdbcPassword());
                PreparedStatement p = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            return p.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static JsonNode json(String text) {
        try {
            return Api.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDateTime utcNow() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
