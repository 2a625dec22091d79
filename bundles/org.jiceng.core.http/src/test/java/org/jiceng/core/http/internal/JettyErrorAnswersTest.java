package org.jiceng.core.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customizer on a real Jetty 9.4 (the one inside Pax Web): a servlet at the REST base plays CXF
 * without a JAX-RS application — its HTML "No service was found." pages — beside the errors Jetty
 * answers itself. Every answer must be problem+json.
 */
class JettyErrorAnswersTest {
    private static Server server;
    private static int port;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** What CXF's ServletController writes when no destination serves the path. */
    static final class CxfWithoutApplication extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
            String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
            if (path.equals("/")) {
                res.setContentType("text/html; charset=UTF-8"); // the service list, status 200
                res.getWriter().write(
                        "<HTML><HEAD><title>CXF - Service list</title></head><body><span class=\"heading\">No service was found.</span></body></html>");
            } else if (path.startsWith("/json")) {
                res.setContentType("application/json");
                res.getWriter().write("{\"ok\":true}");
            } else if (path.startsWith("/refuse")) {
                res.sendError(405);
            } else {
                res.setStatus(404); // generateNotFound
                res.setContentType("text/html");
                res.getWriter().write("<html><body>No service was found.</body></html>");
            }
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.addCustomizer(new HardeningCustomizer(config()));
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler api = new ServletContextHandler();
        api.setContextPath("/api/v1");
        api.addServlet(new ServletHolder(new CxfWithoutApplication()), "/*");
        server.setHandler(api);
        server.start();
        port = connector.getLocalPort();
        // The handlers are put in place by the first request (as in Pax Web, where the customizer
        // is the first code of ours that sees the server).
        get("/api/v1/json");
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Test
    void cxfsNoServicePageBelowTheBaseIsA503ProblemWithRetryAfter() throws Exception {
        HttpResponse<String> r = get("/api/v1/members/17");
        assertProblem(r, 503, "not-ready");
        assertEquals("5", r.headers().firstValue("Retry-After").orElse(""));
        assertTrue(r.body().contains("\"instance\":\"/api/v1/members/17\""), r.body());
    }

    @Test
    void cxfsServiceListAtTheBaseIsA404Problem() throws Exception {
        assertProblem(get("/api/v1/"), 404, "not-found");
    }

    @Test
    void jsonAnswersPassUntouched() throws Exception {
        HttpResponse<String> r = get("/api/v1/json");
        assertEquals(200, r.statusCode());
        assertEquals("{\"ok\":true}", r.body());
    }

    @Test
    void sendErrorInAContextIsAProblem() throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/refuse"))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(r, 405, "method-not-allowed");
    }

    @Test
    void aPathOutsideEveryContextIsA404Problem() throws Exception {
        assertProblem(get("/elsewhere"), 404, "not-found");
        HttpResponse<String> delete = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/elsewhere")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(delete, 404, "not-found");
    }

    @Test
    void whatTheParserRefusesIsAProblem() throws Exception {
        assertRaw("GET /api/v1/json?q=" + "x".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414, "uri-too-long");
        assertRaw("GET /api/v1/json HTTP/1.1\r\nHost: x\r\nX-Big: " + "y".repeat(10_000) + "\r\n\r\n", 431, "request-header-fields-too-large");
        assertRaw("NOT HTTP AT ALL\r\n\r\n", 400, "bad-request");
    }

    private static void assertRaw(String request, int status, String type) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 " + status), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"type\":\"https://jiceng.org/problems/" + type + "\""), answer);
            assertFalse(answer.toLowerCase().contains("<html"), answer);
        }
    }

    private static void assertProblem(HttpResponse<String> r, int status, String type) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        assertTrue(r.body().startsWith("{\"type\":\"https://jiceng.org/problems/" + type + "\""), r.body());
        assertTrue(r.body().contains("\"status\":" + status), r.body());
        assertFalse(r.body().toLowerCase().contains("<html") || r.body().contains("No service was found"), r.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpHardeningConfig config() {
        return new HttpHardeningConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return HttpHardeningConfig.class;
            }

            @Override
            public long maxBodyBytes() {
                return 16L * 1024 * 1024;
            }

            @Override
            public long uploadMaxBodyBytes() {
                return 64L * 1024 * 1024;
            }

            @Override
            public String[] uploadPaths() {
                return new String[]{"/api/v1/imports"};
            }

            @Override
            public String restBasePath() {
                return "/api/v1";
            }

            @Override
            public long hstsMaxAgeSeconds() {
                return 0;
            }
        };
    }
}
