package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hardening of the distribution, seen from outside: HTTPS with the certificate made on first
 * start, security headers on every kind of answer, body size limits, XML attacks on SOAP, no
 * internals in any error, nothing administrative reachable from the network.
 */
@DatabaseIndependent
class HardeningIT {
    private static final String REGISTRY_NS = "http://jiceng.org/soap/registry";
    private static final String ENVELOPE_START = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:t=\""
            + REGISTRY_NS + "\"><soapenv:Body>";
    private static final String ENVELOPE_END = "</soapenv:Body></soapenv:Envelope>";
    private static final long MAX_BODY = 16L * 1024 * 1024;
    /** Stack frames, Java class names and exception names: none may reach a client. */
    private static final Pattern INTERNALS = Pattern
            .compile("\\bat (org|java|com|sun)\\.|Exception|org\\.apache\\.|org\\.eclipse\\.|org\\.jiceng\\.|java\\.lang\\.");

    /** Raw requests carry the same credentials as {@link Api}: limits must hold for signed-in callers. */
    private static final String AUTHORIZATION = "Authorization: " + JicengServer.basic(JicengServer.ADMIN, JicengServer.DEMO_PASSWORD) + "\r\n";

    private static JicengServer server;
    private static Api api;

    @BeforeAll
    static void start() {
        server = JicengServer.get();
        api = new Api(server);
    }

    // --- HTTPS

    @Test
    void httpsAnswersWithTheCertificateGeneratedForThisInstallation() throws Exception {
        HttpResponse<String> health = api.secureExchange(HttpRequest.newBuilder(server.secureUri("/api/v1/health")).GET());
        assertEquals(200, health.statusCode(), health.body());

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(server.home.resolve("etc/keystore.p12"))) {
            keys.load(in, server.keystorePassword().toCharArray());
        }
        X509Certificate generated = (X509Certificate) keys.getCertificate("jiceng");
        X509Certificate served = (X509Certificate) health.sslSession().orElseThrow().getPeerCertificates()[0];
        assertEquals(generated, served, "the server presents the certificate of etc/keystore.p12");
        Collection<List<?>> names = served.getSubjectAlternativeNames();
        assertTrue(names.contains(List.of(2, "localhost")), "SAN DNS:localhost in " + names);
        assertTrue(names.contains(List.of(7, "127.0.0.1")), "SAN IP:127.0.0.1 in " + names);
        long days = (served.getNotAfter().getTime() - served.getNotBefore().getTime()) / 86_400_000L;
        assertTrue(days >= 824 && days <= 826, "825 days, was " + days);
        assertFalse(server.keystorePassword().contains("GENERATED"), "a password was generated");

        // Both secrets are for the server's owner only.
        for (String file : List.of("etc/keystore.p12", "etc/org.ops4j.pax.web.cfg")) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(server.home.resolve(file));
            assertTrue(perms.stream().allMatch(p -> p.name().startsWith("OWNER")), file + " is " + perms);
        }

        // The same API and SOAP over HTTPS.
        assertEquals(200, api.secure(HttpRequest.newBuilder(server.secureUri("/services/RegistryService?wsdl")).GET()).status());
    }

    @Test
    void plainHttpIsConfiguredForLoopbackOnly() throws IOException {
        String jetty = Files.readString(server.home.resolve("etc/jetty.xml"));
        assertTrue(jetty.contains("name=\"jiceng.http.host\" default=\"127.0.0.1\""), "jetty.xml binds HTTP to 127.0.0.1");
    }

    @Test
    void plainHttpListensOnLoopbackOnlyAndHttpsEverywhere() throws IOException {
        Optional<InetAddress> lan = nonLoopbackAddress();
        assumeTrue(lan.isPresent(), "no non-loopback address on this machine: what listens where cannot be tried from outside loopback");
        assertFalse(accepts(lan.get(), server.httpPort), "plain HTTP must refuse " + lan.get());
        assertTrue(accepts(lan.get(), server.httpsPort), "HTTPS answers on " + lan.get());
        assertFalse(accepts(lan.get(), server.sshPort), "SSH must refuse " + lan.get());
        Properties jmx = load("etc/org.apache.karaf.management.cfg");
        for (String port : List.of("rmiRegistryPort", "rmiServerPort")) {
            int p = Integer.parseInt(jmx.getProperty(port).trim());
            assertTrue(accepts(InetAddress.getLoopbackAddress(), p), "JMX " + port + " listens on loopback");
            assertFalse(accepts(lan.get(), p), "JMX " + port + " must refuse " + lan.get());
        }
    }

    // --- headers

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        Map<String, HttpResponse<String>> answers = Map.of(
                "REST", api.exchange(HttpRequest.newBuilder(server.uri("/api/v1/health")).GET()),
                "REST error", api.exchange(HttpRequest.newBuilder(server.uri("/api/v1/no-such-resource")).GET()),
                "SOAP", api.exchange(HttpRequest.newBuilder(server.uri("/services/RegistryService?wsdl")).GET()),
                "Swagger UI", api.exchange(HttpRequest.newBuilder(server.uri("/swagger-ui/index.html")).GET()),
                "outside any application", api.exchange(HttpRequest.newBuilder(server.uri("/no-such-place")).GET()));
        answers.forEach((what, r) -> {
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), what);
            assertEquals("DENY", header(r, "X-Frame-Options"), what);
            assertEquals("no-referrer", header(r, "Referrer-Policy"), what);
            String csp = header(r, "Content-Security-Policy");
            assertNotNull(csp, what);
            assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
            assertFalse(r.headers().firstValue("Strict-Transport-Security").isPresent(), what + ": no HSTS over plain HTTP");
            assertFalse(r.headers().firstValue("Server").map(v -> v.contains("Jetty")).orElse(false), what + ": no server banner");
        });
        for (String what : List.of("REST", "REST error", "SOAP")) {
            HttpResponse<String> r = answers.get(what);
            assertTrue(header(r, "Content-Security-Policy").startsWith("default-src 'none'"), what);
            assertEquals("no-store", header(r, "Cache-Control"), what);
        }
        String uiCsp = header(answers.get("Swagger UI"), "Content-Security-Policy");
        assertTrue(uiCsp.contains("script-src 'self'") && !uiCsp.contains("'unsafe-eval'"), uiCsp);
        assertEquals(200, answers.get("Swagger UI").statusCode());

        for (String path : List.of("/api/v1/health", "/services/RegistryService?wsdl", "/swagger-ui/index.html")) {
            HttpResponse<String> r = api.secureExchange(HttpRequest.newBuilder(server.secureUri(path)).GET());
            assertEquals(200, r.statusCode(), path);
            assertEquals("max-age=31536000", header(r, "Strict-Transport-Security"), path);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), path);
        }
    }

    // --- body size

    @Test
    void aBodyAnnouncedTooLargeIsRefusedBeforeItIsSent() throws Exception {
        // Expect: 100-continue, as careful clients send large bodies: the 413 comes instead of the
        // 100, and not one byte of the body is sent. (Raw socket: JDK 17's HttpClient waits forever
        // when the answer to Expect is not 100.)
        try (Socket socket = new Socket("127.0.0.1", server.httpPort)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("POST /api/v1/members HTTP/1.1\r\nHost: 127.0.0.1\r\n" + AUTHORIZATION + "Content-Type: application/json\r\n"
                            + "Content-Length: " + (MAX_BODY + 1) + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            RawAnswer answer = parse(readAnswer(socket.getInputStream()), 0);
            assertProblem(413, answer.status, answer.contentType, answer.body);
            assertTrue(answer.body.contains("16777216"), answer.body);
            assertEquals("no-store", answer.headers.get("cache-control"));
        }
        assertEquals(200, api.get("/health").status(), "the server answers afterwards");
    }

    @Test
    void importUploadsTakeTheirOwnLargerLimit() throws Exception {
        // 20 MiB announced to the import: past the general limit, within the upload limit, so the
        // server asks for the body (100 Continue) instead of refusing it.
        try (Socket socket = new Socket("127.0.0.1", server.httpPort)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /api/v1/imports?kind=members&dryRun=true HTTP/1.1\r\nHost: 127.0.0.1\r\n" + AUTHORIZATION
                    + "Content-Type: text/csv\r\nContent-Length: " + 20 * 1024 * 1024 + "\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertFalse(statusLine.contains("413"), statusLine);
            System.out.println("HardeningIT: 20 MiB import upload announced, answer " + statusLine);
        }
        RawAnswer tooLarge = rawPost("/api/v1/imports?kind=members&dryRun=true", "text/csv", false, 64L * 1024 * 1024 + 1);
        assertProblem(413, tooLarge.status, tooLarge.contentType, tooLarge.body);
        assertEquals(200, api.get("/health").status(), "the server answers afterwards");
    }

    @Test
    void aLargeBodyWithContentLengthIsRefusedWith413() throws Exception {
        RawAnswer answer = rawPost("/api/v1/members", "application/json", false, MAX_BODY + 4096);
        assertProblem(413, answer.status, answer.contentType, answer.body);
        assertEquals("nosniff", answer.headers.get("x-content-type-options"));
        assertEquals(200, api.get("/health").status(), "the server answers afterwards");
    }

    @Test
    void aLargeChunkedBodyIsRefusedWith413() throws Exception {
        // Through Api (as an authenticated client would send it); a body of unknown length goes chunked.
        Api.Reply r = api.raw(HttpRequest.newBuilder(server.uri("/api/v1/members")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> filler(MAX_BODY + 4 * 1024 * 1024))));
        assertProblem(413, r.status(), r.contentType(), r.body());
        assertEquals(200, api.get("/health").status(), "the server answers afterwards");

        // The same over a raw socket, reading while sending: the 413 comes as soon as the limit is crossed.
        RawAnswer answer = rawPost("/api/v1/members", "application/json", true, MAX_BODY + 4 * 1024 * 1024);
        assertProblem(413, answer.status, answer.contentType, answer.body);
        assertEquals(200, api.get("/health").status(), "the server answers afterwards");

        // SOAP: a chunked document hits the XML limits (10 MiB of characters) before the body limit;
        // one that announces its size is refused by the body limit before CXF sees it.
        RawAnswer soap = rawPost("/services/RegistryService", "text/xml; charset=UTF-8", false, MAX_BODY + 4096);
        assertProblem(413, soap.status, soap.contentType, soap.body);
        assertEquals(200, api.get("/health").status(), "the server answers afterwards");
    }

    @Test
    void aBodyUnderTheLimitStillGoesThrough() {
        // 1 MiB of chunked JSON that is not a member: the application reads it all and says what is wrong.
        Api.Reply r = api.raw(HttpRequest.newBuilder(server.uri("/api/v1/members")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> filler(1024 * 1024))));
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.toString());
    }

    /** {@code size} bytes: an opening bracket and blanks, a JSON array that never ends. */
    private static InputStream filler(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                return left-- == size ? '[' : ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                if (left == size) {
                    b[off] = '[';
                }
                left -= n;
                return n;
            }
        };
    }

    @Test
    void anOperatorsLogLevelTakesEffectWithoutRewritingTheLoggingFile() throws Exception {
        Path file = server.home.resolve("etc/org.ops4j.pax.logging.cfg");
        byte[] before = Files.readAllBytes(file);
        String logger = "org.jiceng.operator.check";
        try {
            String shown = "";
            for (int attempt = 1; attempt <= 3 && !shown.contains("DEBUG"); attempt++) { // a shell session may fail to connect
                server.shell("log:set DEBUG " + logger);
                shown = server.shell("log:get " + logger);
            }
            assertTrue(shown.contains("DEBUG"), "the level applies at once: " + shown);
            JicengServer.sleep(2500); // two of fileinstall's scans of etc/ (every second): a write-back would be done by now
            assertArrayEquals(before, Files.readAllBytes(file), "etc/org.ops4j.pax.logging.cfg is not written back");
        } finally {
            server.shell("log:set DEFAULT " + logger);
        }
    }

    @Test
    void aSettingChangedFromTheShellIsKeptInItsFile() throws Exception {
        Path file = server.home.resolve("etc/org.jiceng.http.cfg");
        try {
            server.setProperty("org.jiceng.http", "maxBodyBytes", "12345678");
            assertTrue(Files.readAllLines(file).stream().anyMatch(line -> line.matches("\\s*maxBodyBytes\\s*=\\s*12345678\\s*")),
                    "Karaf's config commands write the file themselves, so the next start keeps the value: " + Files.readString(file));
        } finally {
            server.setProperty("org.jiceng.http", "maxBodyBytes", String.valueOf(MAX_BODY));
        }
        assertTrue(Files.readAllLines(file).stream().anyMatch(line -> line.matches("\\s*maxBodyBytes\\s*=\\s*" + MAX_BODY + "\\s*")),
                Files.readString(file));
    }

    @Test
    void theLimitIsConfigurableWithoutRestart() {
        String body = "{\"name\": \"" + "x".repeat(2000) + "\"}";
        try {
            server.setProperty("org.jiceng.http", "maxBodyBytes", "1000");
            long deadline = System.nanoTime() + 20_000_000_000L;
            Api.Reply r = api.post("/members", body);
            while (r.status() != 413 && System.nanoTime() < deadline) {
                JicengServer.sleep(200);
                r = api.post("/members", body);
            }
            Api.Reply last = r;
            assertEquals(413, last.status(), () -> "maxBodyBytes is now "
                    + server.shell("config:property-get -p org.jiceng.http maxBodyBytes").strip() + ": " + last);
            assertTrue(r.body().contains("1000 bytes"), r.toString());
        } finally {
            server.setProperty("org.jiceng.http", "maxBodyBytes", String.valueOf(MAX_BODY));
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        Api.Reply r = api.post("/members", body);
        while (r.status() == 413 && System.nanoTime() < deadline) {
            JicengServer.sleep(200);
            r = api.post("/members", body);
        }
        assertEquals(400, r.status(), "back to the default limit, the body reaches validation: " + r);
    }

    // --- malformed requests

    @Test
    void malformedRequestsAreProblemsWithoutInternals() {
        Map<String, Api.Reply> replies = Map.of(
                "not JSON", api.post("/members", "{this is not json"),
                "truncated JSON", api.post("/members", "{\"name\": \"王五\", \"gender\": \"MA"),
                "wrong type", api.post("/members", "{\"name\": 5, \"birthDate\": [1, 2]}"),
                "empty body", api.post("/members", ""),
                "array for object", api.post("/members", "[1,2,3]"));
        replies.forEach((what, r) -> {
            assertTrue(r.status() >= 400 && r.status() < 500, what + ": " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"), what + ": " + r);
            assertNoInternals(what, r.body());
        });

        Api.Reply wrongType = api.raw(HttpRequest.newBuilder(server.uri("/api/v1/members")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")));
        assertEquals(415, wrongType.status(), wrongType.toString());
        assertTrue(wrongType.contentType().startsWith("application/problem+json"), wrongType.toString());
        assertNoInternals("wrong content type", wrongType.body());

        Api.Reply unknownPath = api.get("/no/such/path");
        assertEquals(404, unknownPath.status());
        assertNoInternals("unknown REST path", unknownPath.body());

        Api.Reply outside = api.raw(HttpRequest.newBuilder(server.uri("/no-such-place")).GET());
        assertEquals(404, outside.status());
        assertNoInternals("404 outside any application", outside.body());

        Api.Reply badMethod = api.raw(HttpRequest.newBuilder(server.uri("/api/v1/health")).method("PATCH",
                HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"));
        assertTrue(badMethod.status() == 405 || badMethod.status() == 404, badMethod.toString());
        assertNoInternals("wrong method", badMethod.body());
    }

    // --- SOAP and XML

    @Test
    void soapRefusesExternalEntities() throws IOException {
        String users = server.home.resolve("etc/users.properties").toUri().toString();
        for (String target : List.of("file:///etc/passwd", users)) {
            String doc = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY xxe SYSTEM \"" + target + "\">]>" + ENVELOPE_START
                    + "<t:getJurisdiction><t:code>&xxe;</t:code></t:getJurisdiction>" + ENVELOPE_END;
            Api.Reply r = api.soapDocument("RegistryService", doc);
            assertSoapFault(target, r);
            assertFalse(r.body().contains("root:") || r.body().contains("karaf = ") || r.body().contains("admingroup"),
                    "no file content: " + r);
        }
        // An external DTD is not fetched either.
        String externalDtd = "<?xml version=\"1.0\"?><!DOCTYPE e SYSTEM \"" + users + "\">" + ENVELOPE_START
                + "<t:getJurisdiction><t:code>441481</t:code></t:getJurisdiction>" + ENVELOPE_END;
        assertSoapFault("external DTD", api.soapDocument("RegistryService", externalDtd));
    }

    @Test
    void soapRefusesEntityExpansionQuickly() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        String previous = "lol";
        for (int i = 1; i <= 9; i++) {
            String name = "lol" + i;
            dtd.append("<!ENTITY ").append(name).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append('&').append(previous).append(';');
            }
            dtd.append("\">");
            previous = name;
        }
        dtd.append("]>");
        String doc = "<?xml version=\"1.0\"?>" + dtd + ENVELOPE_START + "<t:getJurisdiction><t:code>&" + previous + ";</t:code></t:getJurisdiction>"
                + ENVELOPE_END;
        long t0 = System.nanoTime();
        Api.Reply r = api.soapDocument("RegistryService", doc);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertSoapFault("billion laughs", r);
        assertTrue(millis < 5000, "refused in " + millis + " ms");
        System.out.printf("HardeningIT: billion laughs refused in %d ms%n", millis);
        assertEquals(200, api.get("/health").status());
    }

    @Test
    void soapRefusesDocumentsBeyondTheXmlLimits() {
        String deep = "<t:getJurisdiction><t:code>441481</t:code>" + "<x>".repeat(100) + "</x>".repeat(100) + "</t:getJurisdiction>";
        assertSoapFault("100 levels deep", api.soap("RegistryService", REGISTRY_NS, deep));

        String wide = "<t:getJurisdiction><t:code>441481</t:code>" + "<x/>".repeat(6000) + "</t:getJurisdiction>";
        assertSoapFault("6000 children", api.soap("RegistryService", REGISTRY_NS, wide));

        String longText = "<t:getJurisdiction><t:code>" + "4".repeat(2 * 1024 * 1024) + "</t:code></t:getJurisdiction>";
        assertSoapFault("2 MB of text", api.soap("RegistryService", REGISTRY_NS, longText));

        String attributes = "<t:getJurisdiction><t:code " + attributes(200) + ">441481</t:code></t:getJurisdiction>";
        assertSoapFault("200 attributes", api.soap("RegistryService", REGISTRY_NS, attributes));

        assertSoapFault("malformed", api.soap("RegistryService", REGISTRY_NS, "<t:getJurisdiction><t:code>441481</t:getJurisdiction>"));
        assertSoapFault("not XML", api.soapDocument("RegistryService", "this is not XML at all"));

        // And a normal call still works.
        Api.Reply ok = api.soap("RegistryService", REGISTRY_NS, "<t:getJurisdiction><t:code>441481</t:code></t:getJurisdiction>");
        assertEquals(200, ok.status(), ok.toString());
    }

    // --- nothing administrative on the web

    @Test
    void noConsolesAreServed() {
        // /console/ is Jiceng's own console (static files working through the API with a token: ConsoleIT);
        // no database, framework or JMX console answers anywhere, nor under its path
        for (String path : List.of("/h2-console", "/h2-console/", "/h2", "/system/console", "/system/console/bundles", "/console/bundles",
                "/console/configMgr", "/console/h2", "/hawtio")) {
            Api.Reply r = api.raw(HttpRequest.newBuilder(server.uri(path)).GET());
            assertEquals(404, r.status(), path + ": " + r);
            assertNoInternals(path, r.body());
        }
    }

    @Test
    void sshAndJmxAreBoundToLoopbackBehindTheKarafRealm() throws IOException {
        Properties shell = load("etc/org.apache.karaf.shell.cfg");
        assertEquals("127.0.0.1", shell.getProperty("sshHost"));
        assertEquals("karaf", shell.getProperty("sshRealm"));
        Properties jmx = load("etc/org.apache.karaf.management.cfg");
        assertEquals("127.0.0.1", jmx.getProperty("rmiRegistryHost"));
        assertEquals("127.0.0.1", jmx.getProperty("rmiServerHost"));
        assertEquals("karaf", jmx.getProperty("jmxRealm"));
        assertTrue(jmx.getProperty("serviceUrl").contains("${rmiServerHost}") && jmx.getProperty("serviceUrl").contains("${rmiRegistryHost}"),
                jmx.getProperty("serviceUrl"));
        assertFalse(Boolean.parseBoolean(jmx.getProperty("jmxmpEnabled", "false")), "no JMXMP connector");
        Properties http = load("etc/org.jiceng.http.cfg");
        assertEquals(String.valueOf(MAX_BODY), http.getProperty("maxBodyBytes"));
        assertEquals("false", load("etc/org.ops4j.pax.web.cfg").getProperty("org.ops4j.pax.web.server.showStacks"));
        Properties system = load("etc/system.properties");
        assertEquals("100000", system.getProperty("org.apache.cxf.stax.maxElementCount"));
        assertEquals("10485760", system.getProperty("org.apache.cxf.stax.maxXMLCharacters"));
    }

    // --- helpers

    private static Properties load(String relative) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(server.home.resolve(relative))) {
            p.load(in);
        }
        return p;
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    private static void assertProblem(int expectedStatus, int status, String contentType, String body) {
        assertEquals(expectedStatus, status, body);
        assertTrue(contentType != null && contentType.startsWith("application/problem+json"), contentType + " " + body);
        try {
            assertEquals(expectedStatus, Api.JSON.readTree(body).get("status").asInt(), body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
        assertNoInternals("problem " + expectedStatus, body);
    }

    private static void assertSoapFault(String what, Api.Reply r) {
        assertTrue(r.status() == 500 || r.status() == 400 || r.status() == 413, what + ": " + r);
        if (r.status() != 413) {
            assertTrue(r.body().contains("Fault>") && r.body().contains("faultstring"), what + ": " + r);
        }
        assertNoInternals(what, r.body());
    }

    private static void assertNoInternals(String what, String body) {
        assertFalse(INTERNALS.matcher(body).find(), what + " shows internals: " + (body.length() > 800 ? body.substring(0, 800) : body));
    }

    private static String attributes(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append("a").append(i).append("=\"v\" ");
        }
        return b.toString();
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** What came back from a raw exchange, and how many body bytes were sent before it did. */
    private record RawAnswer(int status, String contentType, String body, Map<String, String> headers, long sent) {
    }

    /**
     * POSTs {@code size} bytes of JSON-ish filler over a plain socket, with Content-Length or
     * chunked, while reading the answer at the same time: a server that answers before the body
     * ends (as a 413 does) is heard, and the sender stops when the connection closes.
     */
    private static RawAnswer rawPost(String path, String contentType, boolean chunked, long size) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.httpPort)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.httpPort + "\r\n" + AUTHORIZATION + "Content-Type: " + contentType
                    + "\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n") + "Connection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread sender = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                chunk[0] = '[';
                try {
                    long left = size;
                    boolean first = true;
                    while (left > 0) {
                        int n = (int) Math.min(chunk.length, left);
                        byte[] data = chunk;
                        if (!first) {
                            data = chunk.clone();
                            data[0] = ' ';
                        }
                        first = false;
                        if (chunked) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.write(data, 0, n);
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        } else {
                            out.write(data, 0, n);
                        }
                        left -= n;
                        sent.addAndGet(n);
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException e) {
                    // the server closed the connection after answering: expected for a refused body
                }
            }, "raw-post-sender");
            sender.setDaemon(true);
            sender.start();
            String answer = readAnswer(socket.getInputStream());
            sender.join(30_000);
            return parse(answer, sent.get());
        }
    }

    /** Status, headers (lower-case names) and body of a raw HTTP/1.1 answer; a 100 Continue before it is skipped. */
    private static RawAnswer parse(String answer, long sent) {
        while (answer.startsWith("HTTP/1.1 100")) {
            answer = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        }
        int status = Integer.parseInt(answer.substring(9, 12));
        Map<String, String> headers = new java.util.HashMap<>();
        answer.substring(0, answer.indexOf("\r\n\r\n")).lines().skip(1).forEach(l -> {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).trim().toLowerCase(), l.substring(colon + 1).trim());
        });
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new RawAnswer(status, headers.getOrDefault("content-type", ""), body, headers, sent);
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] b = new byte[8192];
        try {
            int n;
            while ((n = in.read(b)) >= 0) {
                buffer.write(b, 0, n);
            }
        } catch (IOException e) {
            // a reset after the answer arrived
            if (buffer.size() == 0) {
                throw e;
            }
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < chunked.length()) {
            int eol = chunked.indexOf("\r\n", i);
            if (eol < 0) {
                break;
            }
            int n = Integer.parseInt(chunked.substring(i, eol).trim(), 16);
            if (n == 0) {
                break;
            }
            out.append(chunked, eol + 2, eol + 2 + n);
            i = eol + 2 + n + 2;
        }
        return out.toString();
    }
}
