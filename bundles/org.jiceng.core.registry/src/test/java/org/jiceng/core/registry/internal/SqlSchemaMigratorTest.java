package org.jiceng.core.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlSchemaMigratorTest {
    private JdbcDataSource dataSource;
    private SqlSchemaMigrator migrator;

    @BeforeEach
    void database() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        migrator = new SqlSchemaMigrator(dataSource);
    }

    @Test
    void aTablePrefixBelongsToTheFirstModuleThatClaimsIt() {
        migrator.claimPrefix("wugang-standing-delegates", "wsd");
        migrator.claimPrefix("wugang-standing-delegates", "wsd");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> migrator.claimPrefix("wugang-service-day", "wsd"));
        assertTrue(refused.getMessage().contains("module wugang-standing-delegates owns it"), refused.getMessage());
        migrator.claimPrefix("wugang-service-day", "wsv");
    }

    @Test
    void theCoreSchemaAppliesOnH2() throws IOException {
        assertEquals(1, migrator.apply("core", List.of(script("V1__core_registry.sql"))));
        assertEquals(1, migrator.currentVersion("core"));
        assertEquals(0, migrator.apply("core", List.of(script("V1__core_registry.sql"))), "applied once only");
    }

    @Test
    void theOrganizationalLifeSchemaAppliesOnTopOfTheRegistry() throws IOException {
        List<MigrationScript> scripts = List.of(script("V1__core_registry.sql"), script("V2__member_development.sql"),
                script("V4__organizational_life.sql"));
        assertEquals(3, migrator.apply("core", scripts));
        assertEquals(4, migrator.currentVersion("core"));
    }

    @Test
    void membersGetTheirCountyFromTheMigrationAndThoseWrittenWithoutOneFromTheRepair() throws IOException, SQLException {
        List<MigrationScript> before = new java.util.ArrayList<>();
        for (String name : List.of("V1__core_registry.sql", "V2__member_development.sql", "V3__cadres_assignments_transfers.sql",
                "V4__organizational_life.sql", "V12__demo_data_completion.sql", "V13__member_name_within_organization.sql",
                "V14__member_keyset_by_name.sql", "V15__counts_from_index_and_organizations_by_name.sql", "V16__jurisdiction_tally.sql",
                "V17__member_probation_within_organization.sql")) {
            before.add(script(name));
        }
        migrator.apply("core", before);
        execute("INSERT INTO jurisdiction VALUES ('650000', '省', 'PROVINCE', NULL, 0, 1), ('650101', '县', 'COUNTY', '650000', 1, 1),"
                + " ('650101001', '镇', 'TOWNSHIP', '650101', 2, 1)");
        execute("INSERT INTO jurisdiction_closure VALUES ('650000', '650000', 0), ('650000', '650101', 1), ('650000', '650101001', 2),"
                + " ('650101', '650101', 0), ('650101', '650101001', 1), ('650101001', '650101001', 0)");
        execute("INSERT INTO party_organization (id, name, org_type, org_field, jurisdiction_code, status, version) VALUES"
                + " (1, '省直', 'BRANCH', 'ORGAN', '650000', 'NORMAL', 1), (2, '县直', 'BRANCH', 'ORGAN', '650101', 'NORMAL', 1),"
                + " (3, '镇村', 'BRANCH', 'RURAL', '650101001', 'NORMAL', 1)");
        String member = "INSERT INTO party_member (id, name, gender, birth_date, organization_id, stage, has_post, version) VALUES ";
        execute(member + "(1, '甲', 'MALE', DATE '1980-01-01', 1, 'FULL', FALSE, 1), (2, '乙', 'MALE', DATE '1980-01-01', 2, 'FULL', FALSE, 1),"
                + " (3, '丙', 'MALE', DATE '1980-01-01', 3, 'FULL', FALSE, 1)");

        migrator.apply("core", List.of(script("V18__member_county.sql")));
        assertEquals("null,650101,650101", counties());

        // written by a node of the version before, beside the migrated ones
        execute(member + "(4, '丁', 'MALE', DATE '1980-01-01', 3, 'FULL', FALSE, 1), (5, '戊', 'MALE', DATE '1980-01-01', 1, 'FULL', FALSE, 1)");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate(MemberCounties.PLACE_UNPLACED), "the member of a county's township only");
            assertEquals(0, s.executeUpdate(MemberCounties.PLACE_UNPLACED), "nothing left to place");
        }
        assertEquals("null,650101,650101,650101,null", counties());
    }

    private String counties() throws SQLException {
        return query("SELECT LISTAGG(COALESCE(county_code, 'null'), ',') WITHIN GROUP (ORDER BY id) FROM party_member");
    }

    @Test
    void aNewVersionMigratesWithoutLosingRows() throws SQLException {
        MigrationScript v1 = MigrationScript.parse("V1__init.sql", "CREATE TABLE m_item (id BIGINT PRIMARY KEY, name VARCHAR(20));\n");
        migrator.apply("m", List.of(v1));
        execute("INSERT INTO m_item (id, name) VALUES (1, 'kept')");
        MigrationScript v2 = MigrationScript.parse("V2__add_note.sql", "-- a new column\nALTER TABLE m_item ADD COLUMN note VARCHAR(100);\n"
                + "UPDATE m_item SET note = 'migrated';\n");
        assertEquals(1, migrator.apply("m", List.of(v2, v1)));
        assertEquals("kept/migrated", query("SELECT name || '/' || note FROM m_item WHERE id = 1"));
        assertEquals(2, migrator.currentVersion("m"));
    }

    @Test
    void anAdoptedScriptIsReownedWhereTheFormerOwnerRanIt() throws SQLException {
        MigrationScript moved = MigrationScript.parse("V5__engine.sql", "CREATE TABLE engine_item (id BIGINT PRIMARY KEY);\n");
        migrator.apply("core", List.of(MigrationScript.parse("V1__init.sql", "CREATE TABLE core_x (id INT);\n"), moved));
        execute("INSERT INTO engine_item (id) VALUES (7)");
        MigrationScript asEngineV1 = MigrationScript.parse("V1__engine.sql", "CREATE TABLE engine_item (id BIGINT PRIMARY KEY);\n");

        assertEquals(0, migrator.apply("engine", List.of(asEngineV1), List.of(new MigrationAdoption(1, "core", 5))), "re-owned, not run again");
        assertEquals(1, migrator.currentVersion("engine"));
        assertEquals(1, migrator.currentVersion("core"), "the core's history no longer holds the moved script");
        assertEquals("7", query("SELECT CAST(id AS VARCHAR) FROM engine_item"));
        assertEquals(0, migrator.apply("engine", List.of(asEngineV1), List.of(new MigrationAdoption(1, "core", 5))), "once only");
    }

    @Test
    void onANewDatabaseTheAdoptedScriptRunsUnderItsNewOwner() {
        MigrationScript engineV1 = MigrationScript.parse("V1__engine.sql", "CREATE TABLE engine_item (id BIGINT PRIMARY KEY);\n");
        assertEquals(1, migrator.apply("engine", List.of(engineV1), List.of(new MigrationAdoption(1, "core", 5))));
        assertEquals(1, migrator.currentVersion("engine"));
        assertEquals(0, migrator.currentVersion("core"));
    }

    @Test
    void aDifferentScriptIsNotAdopted() {
        migrator.apply("core", List.of(MigrationScript.parse("V5__engine.sql", "CREATE TABLE engine_item (id INT);\n")));
        MigrationScript other = MigrationScript.parse("V1__engine.sql", "CREATE TABLE engine_item (id BIGINT);\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> migrator.apply("engine", List.of(other), List.of(new MigrationAdoption(1, "core", 5))));
        assertTrue(e.getMessage().contains("adopts core V5"), e.getMessage());
        assertEquals(5, migrator.currentVersion("core"), "nothing moved");
        assertEquals(0, migrator.currentVersion("engine"));
    }

    @Test
    void adoptionsAreReadAsVersionFormerOwnerAndFormerVersion() {
        java.util.Properties declared = new java.util.Properties();
        declared.setProperty("2", "core:9");
        declared.setProperty("1", " core : 5 ");
        assertEquals(List.of(new MigrationAdoption(1, "core", 5), new MigrationAdoption(2, "core", 9)), MigrationAdoption.parse(declared));
        declared.setProperty("3", "core");
        assertThrows(IllegalArgumentException.class, () -> MigrationAdoption.parse(declared));
    }

    @Test
    void anEditedScriptIsRefused() {
        migrator.apply("m", List.of(MigrationScript.parse("V1__init.sql", "CREATE TABLE m_x (id INT);\n")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> migrator.apply("m", List.of(MigrationScript.parse("V1__init.sql", "CREATE TABLE m_x (id BIGINT);\n"))));
        assertTrue(e.getMessage().contains("changed after it was applied"));
    }

    @Test
    void aFailingScriptLeavesNoRecord() {
        MigrationScript broken = MigrationScript.parse("V1__broken.sql", "CREATE TABLE m_y (id INT);\nCREATE TABLE nonsense (;\n");
        assertThrows(IllegalStateException.class, () -> migrator.apply("m", List.of(broken)));
        assertEquals(0, migrator.currentVersion("m"));
    }

    @Test
    void theDatabaseVariantWinsOverThePortableScript() {
        MigrationScript portable = MigrationScript.parse("V1__init.sql", "A");
        MigrationScript pg = MigrationScript.parse("V1__init.postgresql.sql", "B");
        MigrationScript h2 = MigrationScript.parse("V1__init.h2.sql", "C");
        assertEquals("V1__init.postgresql.sql", MigrationScript.selectFor(List.of(portable, pg, h2), "PostgreSQL").get(0).name());
        assertEquals("V1__init.h2.sql", MigrationScript.selectFor(List.of(portable, pg, h2), "H2").get(0).name());
        assertEquals("V1__init.sql", MigrationScript.selectFor(List.of(portable, pg), "H2").get(0).name());
        assertThrows(IllegalArgumentException.class, () -> MigrationScript.parse("init.sql", ""));
    }

    private MigrationScript script(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/db/migration/" + name)) {
            return MigrationScript.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
