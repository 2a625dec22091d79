package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The module archetype cannot go stale: a module is generated from the archetype this build made,
 * built by a nested Maven that reads from this build's local repository first, installed into the running server with
 * {@code bundle:install}, enabled for one county and called over REST and SOAP, as the README's
 * "Writing a module" tells a county developer to do.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModuleArchetypeIT {
    private static final String MODULE = "archetype-it-notes";
    private static final String PREFIX = "ain";
    private static final String COUNTY = "360823";
    private static final String OTHER = "441481";
    private static final String ARTIFACT = "org.example.archetypeit.notes";
    private static final String NOTES = "/jurisdictions/" + COUNTY + "/" + MODULE + "/notes";
    private static final String NS = "http://jiceng.org/soap/" + MODULE;

    private static Path jar;
    private static JicengServer server;
    private static Api api;
    private static String bundleId;
    private static long createdId;

    @BeforeAll
    static void generateAndBuild() throws IOException {
        String version = required("jiceng.version");
        Path sources = Path.of(required("jiceng.it.sources"));
        Path work = Path.of(required("jiceng.it.workdir")).resolveSibling("archetype-it");
        JicengServer.deleteTree(work);
        Optional<NestedMaven> found = NestedMaven.in(work, Path.of(required("jiceng.it.maven.repo")));
        assumeTrue(found.isPresent(), "no Maven to run: neither maven.home nor mvn on the PATH");
        NestedMaven maven = found.get();

        // What a county developer gets from a Jiceng release: the archetype and the core API with its poms.
        maven.seed("org.jiceng", "jiceng-parent", version, sources.resolve("pom.xml"), null);
        maven.seed("org.jiceng", "jiceng-bundles", version, sources.resolve("bundles/pom.xml"), null);
        maven.seed("org.jiceng", "org.jiceng.core.api", version, sources.resolve("bundles/org.jiceng.core.api/pom.xml"),
                sources.resolve("bundles/org.jiceng.core.api/target/org.jiceng.core.api-" + version + ".jar"));
        maven.seed("org.jiceng", "jiceng-module-archetype", version, sources.resolve("bundles/jiceng-module-archetype/pom.xml"),
                sources.resolve("bundles/jiceng-module-archetype/target/jiceng-module-archetype-" + version + ".jar"));

        // The command of the README, with this build's version.
        Duration generate = maven.run("generate", work, Duration.ofMinutes(5),
                "org.apache.maven.plugins:maven-archetype-plugin:3.2.1:generate",
                "-DarchetypeGroupId=org.jiceng", "-DarchetypeArtifactId=jiceng-module-archetype", "-DarchetypeVersion=" + version,
                "-DgroupId=org.example", "-DartifactId=" + ARTIFACT, "-Dversion=1.0.0", "-Dpackage=" + ARTIFACT,
                "-DmoduleId=" + MODULE, "-DtablePrefix=" + PREFIX, "-Dorigin=" + COUNTY, "-DnameZh=测试记事", "-DnameEn=Archetype notes");
        Path project = work.resolve(ARTIFACT);
        Duration build = maven.run("package", project, Duration.ofMinutes(10), "package");
        jar = project.resolve("target/" + ARTIFACT + "-1.0.0.jar");
        assertTrue(Files.isRegularFile(jar), "no " + jar);
        try (Stream<Path> reports = Files.list(project.resolve("target/surefire-reports"))) {
            assertTrue(reports.anyMatch(r -> r.getFileName().toString().endsWith("NoteRulesTest.txt")), "the generated unit test ran");
        }
        System.out.printf("archetype: generate %d ms, package (unit tests included) %d ms%n", generate.toMillis(), build.toMillis());

        server = JicengServer.get();
        api = new Api(server);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (the distribution pom's failsafe configuration sets it)");
        }
        return value;
    }

    @AfterAll
    static void uninstall() {
        // Leave the server as the other test classes of this JVM expect it; the module's table stays, as it does for operators.
        if (bundleId != null) {
            server.shell("bundle:uninstall " + bundleId);
        }
    }

    @Test
    @Order(1)
    void bundleInstallRegistersTheModule() {
        long t0 = System.nanoTime();
        String out = server.shell("bundle:install -s " + jar.toUri());
        Matcher id = Pattern.compile("Bundle ID: (\\d+)").matcher(out);
        assertTrue(id.find(), out);
        bundleId = id.group(1);
        server.waitFor("/api/v1/modules/" + MODULE, Duration.ofSeconds(30));
        System.out.printf("archetype: bundle:install to first 200 of /modules/%s in %d ms%n", MODULE, (System.nanoTime() - t0) / 1_000_000);

        JsonNode module = api.get("/modules/" + MODULE).json();
        assertEquals("测试记事", module.get("nameZh").asText());
        assertEquals("Archetype notes", module.get("nameEn").asText());
        assertEquals(COUNTY, module.get("originJurisdiction").asText());
        assertEquals("ACTIVE", module.get("bundleState").asText());
        assertTrue(assertProblem(api.get(NOTES), 404).get("detail").asText().contains("not enabled"), "not enabled before enabling");
    }

    @Test
    @Order(2)
    void enabledCountyGetsDemoDataAndCreatesNotes() {
        assertEquals(201, api.put("/modules/" + MODULE + "/jurisdictions/" + COUNTY, "").status());
        // The core loads a module's demo data in the background after its install: the two notes of the contributor.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long demoNotes = 0;
        while (demoNotes < 2 && System.nanoTime() < deadline) {
            Api.Reply list = api.get(NOTES);
            demoNotes = list.status() == 200 ? list.json().get("total").asLong() : 0;
            JicengServer.sleep(200);
        }
        assertEquals(2, demoNotes, "the demo data contributor's notes");

        Api.Reply created = api.post(NOTES, Api.object().put("title", "支部会议").put("body", "from the archetype test"));
        assertEquals(201, created.status(), created.toString());
        createdId = created.json().get("id").asLong();
        assertEquals(JicengServer.ADMIN, created.json().get("createdBy").asText());

        JsonNode invalid = assertProblem(api.post(NOTES, Api.object().put("title", " ")), 400);
        assertTrue(invalid.toString().contains("title"), invalid.toString());

        JsonNode newest = api.get(NOTES + "?sort=-id&size=1").json();
        assertEquals(3, newest.get("total").asLong());
        assertEquals(createdId, newest.at("/items/0/id").asLong());
        assertEquals(1, api.get(NOTES + "?size=2&page=1").json().get("items").size(), "the second page of three notes by two");
        assertProblem(api.get(NOTES + "?sort=body"), 400);
    }

    @Test
    @Order(3)
    void soapOperationAnswersOnlyWhereEnabled() {
        Api.Reply list = api.soap(MODULE, NS, "<t:listNotes><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode></t:listNotes>");
        assertEquals(200, list.status(), list.toString());
        assertTrue(list.body().contains("支部会议") && list.body().contains("<id>" + createdId + "</id>"), list.toString());
        Api.Reply refused = api.soap(MODULE, NS, "<t:listNotes><t:jurisdictionCode>" + OTHER + "</t:jurisdictionCode></t:listNotes>");
        assertTrue(refused.body().contains("Client") && refused.body().contains("not enabled"), refused.toString());
    }

    @Test
    @Order(4)
    void anotherCountyGets404() {
        JsonNode p = assertProblem(api.get("/jurisdictions/" + OTHER + "/" + MODULE + "/notes"), 404);
        assertTrue(p.get("detail").asText().contains(MODULE) && p.get("detail").asText().contains(OTHER), p.toString());
        assertProblem(api.post("/jurisdictions/" + OTHER + "/" + MODULE + "/notes", Api.object().put("title", "x")), 404);
    }
}
