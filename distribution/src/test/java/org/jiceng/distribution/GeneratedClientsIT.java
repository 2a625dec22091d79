package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients generated from the live contracts work, used unchanged, as README "Generated clients"
 * tells an integrator: a nested Maven project (the template under
 * {@code src/test/resources/generated-clients}) generates a Java client with openapi-generator from
 * {@code /api/v1/openapi.json} as the server answers it now, and a SOAP client with CXF wsdl2java
 * from every WSDL the server publishes, and runs an integrator's code against them as a test of its
 * own: 武冈's operator pages through the county's members, takes a new applicant to activist,
 * rectifies a problem and reads the service-day module's figures over REST; over SOAP, with a
 * WS-Security UsernameToken, it reads a jurisdiction and the pipeline from the core's service and the
 * module's figures, and a wrong password is a fault. The nested build reads this build's local
 * repository first and Maven Central for the generators; where it cannot download them the test is
 * skipped, saying why, never passed.
 */
@DatabaseIndependent
class GeneratedClientsIT {
    private static final String COUNTY = "430581";
    private static final String MODULE = "wugang-service-day";
    private static final String OPERATOR = "wugang-operator";

    private static JicengServer server;
    private static Api api;
    private static Path work;
    private static NestedMaven maven;
    private static boolean installedBefore;
    private static boolean enabledBefore;

    @BeforeAll
    static void boot() throws IOException {
        server = JicengServer.get();
        api = new Api(server);
        installedBefore = server.shell("feature:list -i").contains("jiceng-" + MODULE + " ");
        enabledBefore = installedBefore && api.get("/jurisdictions/" + COUNTY + "/" + MODULE + "/catalogue").status() == 200;
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "村级集中服务日", "/catalogue");

        work = Path.of(required("jiceng.it.workdir")).resolveSibling("generated-clients");
        JicengServer.deleteTree(work);
        Optional<NestedMaven> found = NestedMaven.in(work, Path.of(required("jiceng.it.maven.repo")));
        assumeTrue(found.isPresent(), "no Maven to run: neither maven.home nor mvn on the PATH");
        maven = found.get();
    }

    /** Leaves the module as this class found it. */
    @AfterAll
    static void leaveTheModuleAsFound() {
        // nothing to leave when the server never came up
        if (server != null && !enabledBefore) {
            api.delete("/modules/" + MODULE + "/jurisdictions/" + COUNTY);
        }
        if (server != null && !installedBefore) {
            server.shell("feature:uninstall jiceng-" + MODULE);
        }
    }

    @Test
    void aJavaClientGeneratedFromTheLiveOpenApiDocumentDrivesAnIntegration() throws IOException {
        Path project = template("rest");
        Api.Reply document = api.anonymous().get("/openapi.json");
        assertEquals(200, document.status());
        Files.writeString(project.resolve("openapi.json"), document.body(), StandardCharsets.UTF_8);

        Duration took = build("rest", project, "-Djiceng.url=" + server.uri("/api/v1"), "-Djiceng.user=" + OPERATOR,
                "-Djiceng.password=" + JicengServer.DEMO_PASSWORD, "-Djiceng.county=" + COUNTY);
        Properties figures = figures(project);
        System.out.printf("generated REST client: generate, compile and run in %d ms; it read %s%n", took.toMillis(), figures);

        assertTrue(Long.parseLong(figures.getProperty("members.total")) > 20, figures.toString());
        assertEquals("ACTIVIST", figures.getProperty("member.stage"));
        assertEquals("activist-one-year", figures.getProperty("member.refusedRule"));
        long memberId = Long.parseLong(figures.getProperty("member.id"));
        assertEquals("ACTIVIST", api.get("/members/" + memberId).json().get("stage").asText(), "the server holds what the client recorded");
        assertEquals(OPERATOR, api.get("/members/" + memberId + "/events").json().at("/0/recordedBy").asText());
        assertEquals("RECTIFIED", figures.getProperty("problem.status"));
        assertEquals("RECTIFIED", api.get("/problems/" + figures.getProperty("problem.id")).json().get("status").asText());
        long applications = api.get("/jurisdictions/" + COUNTY + "/" + MODULE + "/figures").json().at("/total/applications").asLong();
        assertEquals(String.valueOf(applications), figures.getProperty("serviceDay.applications"), "the module's figures as the client read them");
    }

    /** The SOAP services the server publishes: every {@code SoapEndpoint} service's address, as the shell lists them. */
    static List<String> soapServices() {
        Matcher m = Pattern.compile("jiceng\\.soap\\.address = /(\\w+)").matcher(server.shell("service:list org.jiceng.module.SoapEndpoint"));
        List<String> services = new java.util.ArrayList<>();
        while (m.find()) {
            services.add(m.group(1));
        }
        return services;
    }

    @Test
    void aCxfClientGeneratedFromEveryLiveWsdlCallsWithAUsernameToken() throws IOException {
        Path project = template("soap");
        List<String> services = soapServices();
        assertTrue(services.contains("RegistryService") && services.contains("ServiceDayService"), services.toString());
        Path wsdls = Files.createDirectories(project.resolve("src/main/wsdl"));
        for (String service : services) {
            Api.Reply wsdl = api.raw(java.net.http.HttpRequest.newBuilder(server.uri("/services/" + service + "?wsdl")).GET());
            assertEquals(200, wsdl.status(), service);
            Files.writeString(wsdls.resolve(service + ".wsdl"), wsdl.body(), StandardCharsets.UTF_8);
        }

        Duration took = build("soap", project, "-Djiceng.url=" + server.uri("/services"), "-Djiceng.user=" + OPERATOR,
                "-Djiceng.password=" + JicengServer.DEMO_PASSWORD, "-Djiceng.county=" + COUNTY);
        Properties figures = figures(project);
        System.out.printf("generated SOAP clients: %d WSDLs generated, compiled and called in %d ms; they read %s%n", services.size(),
                took.toMillis(), figures);

        assertEquals(String.valueOf(services.size()), figures.getProperty("services.generated"), "a client for every WSDL compiled");
        assertEquals(api.get("/jurisdictions/" + COUNTY).json().get("name").asText(), figures.getProperty("registry.jurisdiction"));
        assertTrue(Long.parseLong(figures.getProperty("registry.pipeline")) > 0, figures.toString());
        long applications = api.get("/jurisdictions/" + COUNTY + "/" + MODULE + "/figures").json().at("/total/applications").asLong();
        assertEquals(String.valueOf(applications), figures.getProperty("serviceDay.applications"));
        assertEquals("Client", figures.getProperty("wrongPassword.faultCode"));
    }

    /** A fresh copy of the nested project {@code name} from the template. */
    private static Path template(String name) throws IOException {
        Path template = Path.of(required("jiceng.it.sources"), "distribution/src/test/resources/generated-clients", name);
        Path project = work.resolve(name);
        JicengServer.copyTree(template, project);
        return project;
    }

    /** Runs the nested project's tests; skipped, with the reason, when a generator or library cannot be downloaded. */
    private static Duration build(String name, Path project, String... properties) {
        List<String> arguments = new java.util.ArrayList<>(List.of("test"));
        arguments.addAll(List.of(properties));
        try {
            return maven.run(name, project, Duration.ofMinutes(5), arguments.toArray(String[]::new));
        } catch (AssertionError e) {
            Optional<String> unresolved = maven.unresolved(name);
            if (unresolved.isPresent()) {
                abort("the nested build cannot download what it needs (no network to Maven Central?): " + unresolved.get());
            }
            throw e;
        }
    }

    private static Properties figures(Path project) throws IOException {
        Properties figures = new Properties();
        try (InputStream in = Files.newInputStream(project.resolve("target/integration.properties"))) {
            figures.load(in);
        }
        return figures;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (the distribution pom's failsafe configuration sets it)");
        }
        return value;
    }
}
