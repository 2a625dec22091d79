package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every error is a problem: whichever layer refuses a request — Jetty's HTTP parser, Jetty outside
 * any application, CXF's JAX-RS matching, the body reader, the core — the answer is
 * application/problem+json with the status and the problem type of that status. Never an HTML page.
 */
@DatabaseIndependent
class ErrorsIT {
    private static final String PROBLEMS = "https://jiceng.org/problems/";
    private static JicengServer server;
    private static Api api;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    // --- refused by Jetty before any application

    @Test
    void aRequestLineBeyondJettysLimitIs414() throws IOException {
        Raw r = raw("GET /api/v1/health?q=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertProblem(r, 414, "uri-too-long");
    }

    @Test
    void headersBeyondJettysLimitAre431() throws IOException {
        Raw r = raw("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "y".repeat(20_000) + "\r\n\r\n");
        assertProblem(r, 431, "request-header-fields-too-large");
    }

    @Test
    void aMalformedRequestLineIs400() throws IOException {
        assertProblem(raw("THIS IS NOT HTTP\r\n\r\n"), 400, "bad-request");
        assertProblem(raw("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nBroken header line\r\n\r\n"), 400, "bad-request");
    }

    @Test
    void aPathOutsideEveryApplicationIs404() {
        for (String path : java.util.List.of("/no-such-place", "/api/v2/members", "/system/console")) {
            Api.Reply r = api.raw(HttpRequest.newBuilder(server.uri(path)).GET());
            assertProblem(r, 404, "not-found");
            Api.Reply put = api.raw(HttpRequest.newBuilder(server.uri(path)).PUT(HttpRequest.BodyPublishers.ofString("{}")));
            assertProblem(put, 404, "not-found");
        }
    }

    @Test
    void aBodyOverTheLimitIs413() throws IOException {
        Raw r = raw("POST /api/v1/members HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth() + "Content-Type: application/json\r\nContent-Length: "
                + (16L * 1024 * 1024 + 1) + "\r\nExpect: 100-continue\r\n\r\n");
        assertProblem(r, 413, "payload-too-large");
    }

    // --- refused by JAX-RS matching

    @Test
    void aMethodTheResourceDoesNotTakeIs405() {
        assertProblem(api.raw(HttpRequest.newBuilder(server.uri("/api/v1/health")).DELETE()), 405, "method-not-allowed");
        assertProblem(api.raw(HttpRequest.newBuilder(server.uri("/api/v1/jurisdictions/441481")).method("PATCH",
                HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")), 405, "method-not-allowed");
    }

    @Test
    void anAcceptThatCannotBeServedIs406() {
        Api.Reply r = api.raw(HttpRequest.newBuilder(server.uri("/api/v1/jurisdictions/441481")).header("Accept", "text/csv").GET());
        assertProblem(r, 406, "not-acceptable");
    }

    @Test
    void aBodyOfAnotherContentTypeIs415() {
        Api.Reply r = api.raw(HttpRequest.newBuilder(server.uri("/api/v1/members")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")));
        assertProblem(r, 415, "unsupported-media-type");
        Api.Reply xml = api.raw(HttpRequest.newBuilder(server.uri("/api/v1/imports?kind=members")).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<x/>")));
        assertProblem(xml, 415, "unsupported-media-type");
    }

    // --- empty and null bodies: 400 naming the body, for every write

    @Test
    void anEmptyOrNullBodyIs400NamingTheBody() {
        long account = api.get("/accounts?q=xiajiang-viewer").json().at("/items/0/id").asLong();
        long organization = api.get("/organizations?jurisdiction=360823&size=1").json().at("/items/0/id").asLong();
        long member = api.get("/members?jurisdiction=360823&size=1").json().at("/items/0/id").asLong();
        Map<String, String> writes = new LinkedHashMap<>();
        writes.put("/accounts/" + account, "PUT");
        writes.put("/accounts/" + account + "/password", "PUT");
        writes.put("/accounts", "POST");
        writes.put("/organizations/" + organization, "PUT");
        writes.put("/members", "POST");
        writes.put("/members/" + member + "/events", "POST");
        writes.put("/problems", "POST");
        writes.put("/transfers", "POST");
        writes.put("/checklists", "POST");
        writes.forEach((path, method) -> {
            for (String body : new String[]{"", "null", "  "}) {
                Api.Reply r = api.raw(HttpRequest.newBuilder(server.uri("/api/v1" + path)).header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body)));
                String what = method + " " + path + " with body '" + body + "'";
                assertProblem(r, 400, null);
                JsonNode problem = r.json();
                assertEquals("body", problem.at("/errors/0/field").asText(), what + ": " + r);
            }
        });
        // No Content-Type and no body at all, as a careless client sends it.
        Api.Reply bare = api.raw(HttpRequest.newBuilder(server.uri("/api/v1/accounts/" + account)).PUT(HttpRequest.BodyPublishers.noBody()));
        assertTrue(bare.status() == 400 || bare.status() == 415, bare.toString());
        assertProblem(bare, bare.status(), null);
    }

    // --- an id in the path

    @Test
    void aBlankIdInThePathIs400NamingIt() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("/organizations/%20", "id");
        paths.put("/members/%20", "id");
        paths.put("/problems/%20", "id");
        paths.put("/scoring/schemes/%20/periods/2026-01/results", "id");
        paths.forEach((path, parameter) -> {
            Api.Reply r = api.raw(HttpRequest.newBuilder(server.uri("/api/v1" + path)).GET());
            assertProblem(r, 400, "validation");
            assertEquals(parameter, r.json().at("/errors/0/field").asText(), path + ": " + r);
        });
    }

    // --- a client's header cannot hide the outcome

    @Test
    void aOneWayHeaderStillGetsTheAnswerAndTheProblem() {
        long organization = api.get("/organizations?jurisdiction=360823&size=1").json().at("/items/0/id").asLong();
        // CXF made an exchange with this header one-way: 202 and no body at once, a refused write included
        Api.Reply refused = api.raw(HttpRequest.newBuilder(server.uri("/api/v1/organizations/" + organization))
                .header("Content-Type", "application/json").header("OnewayRequest", "true").PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(refused, 400, "validation");
        Api.Reply read = api.raw(HttpRequest.newBuilder(server.uri("/api/v1/organizations/" + organization)).header("OnewayRequest", "true").GET());
        assertEquals(200, read.status(), read.toString());
        assertEquals(organization, read.json().get("id").asLong(), read.toString());
    }

    // --- helpers

    private static void assertProblem(Api.Reply r, int status, String type) {
        assertProblem(new Raw(r.status(), r.contentType(), r.body()), status, type);
    }

    private static void assertProblem(Raw r, int status, String type) {
        assertEquals(status, r.status, r.toString());
        assertTrue(r.contentType.startsWith("application/problem+json"), r.toString());
        assertFalse(r.body.toLowerCase().contains("<html"), r.toString());
        try {
            JsonNode problem = Api.JSON.readTree(r.body);
            assertEquals(status, problem.get("status").asInt(), r.toString());
            if (type != null) {
                assertEquals(PROBLEMS + type, problem.get("type").asText(), r.toString());
            } else {
                assertTrue(problem.get("type").asText().startsWith(PROBLEMS), r.toString());
            }
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r, e);
        }
    }

    private static String auth() {
        return "Authorization: " + JicengServer.basic(JicengServer.ADMIN, JicengServer.DEMO_PASSWORD) + "\r\n";
    }

    private record Raw(int status, String contentType, String body) {
    }

    /** Sends raw bytes and reads the answer (Jetty closes the connection after refusing a request). */
    private static Raw raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.httpPort)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] b = new byte[8192];
            try {
                for (int n; (n = in.read(b)) >= 0;) {
                    all.write(b, 0, n);
                    String text = all.toString(StandardCharsets.UTF_8);
                    int end = text.indexOf("\r\n\r\n");
                    if (end > 0) {
                        String head = text.substring(0, end).toLowerCase();
                        int cl = head.indexOf("content-length:");
                        if (cl >= 0) {
                            int length = Integer
                                    .parseInt(head.substring(cl + 15, head.indexOf('\n', cl) < 0 ? head.length() : head.indexOf('\n', cl)).trim());
                            if (all.size() >= end + 4 + length) {
                                break;
                            }
                        }
                    }
                }
            } catch (IOException e) {
                if (all.size() == 0) {
                    throw e;
                }
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = text.substring(0, end);
            String contentType = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:")).map(l -> l.substring(13).trim()).findFirst()
                    .orElse("");
            return new Raw(Integer.parseInt(text.substring(9, 12)), contentType, text.substring(end + 4));
        }
    }
}
