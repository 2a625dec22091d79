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
