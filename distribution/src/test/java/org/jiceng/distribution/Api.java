package org.jiceng.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A small HTTP client for the tests: JSON over /api/v1 and SOAP envelopes over /services. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One HTTP answer. */
    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }

    private final JicengServer server;
    /** The Authorization header sent with every request; null sends none. */
    private final String authorization;

    /** A client of the demo administrator. */
    Api(JicengServer server) {
        this(server, JicengServer.basic(JicengServer.ADMIN, JicengServer.DEMO_PASSWORD));
    }

    private Api(JicengServer server, String authorization) {
        this.server = server;
        this.authorization = authorization;
    }

    /** The same server as another demo account (HTTP Basic with the demo password). */
    Api as(String username) {
        return new Api(server, JicengServer.basic(username, JicengServer.DEMO_PASSWORD));
    }

    /** The same server with an arbitrary Authorization header (a bearer token, wrong credentials). */
    Api withAuthorization(String header) {
        return new Api(server, header);
    }

    /** The same server without credentials. */
    Api anonymous() {
        return new Api(server, null);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(server.uri("/api/v1" + path)).GET());
    }

    Reply post(String path, Object body) {
        return send(HttpRequest.newBuilder(server.uri("/api/v1" + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text(body), StandardCharsets.UTF_8)));
    }

    Reply put(String path, Object body) {
        return send(HttpRequest.newBuilder(server.uri("/api/v1" + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text(body), StandardCharsets.UTF_8)));
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(server.uri("/api/v1" + path)).DELETE());
    }

    /** Posts a SOAP 1.1 envelope whose body is {@code bodyXml}, with prefix {@code t} bound to {@code namespace}. */
    Reply soap(String service, String namespace, String bodyXml) {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:t=\"" + namespace
                + "\"><soapenv:Body>" + bodyXml + "</soapenv:Body></soapenv:Envelope>";
        return send(HttpRequest.newBuilder(server.uri("/services/" + service)).header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)));
    }

    /** Posts a whole SOAP document as it is (prolog, DOCTYPE and all) to {@code /services/<service>}. */
    Reply soapDocument(String service, String document) {
        return send(HttpRequest.newBuilder(server.uri("/services/" + service)).header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8)));
    }

    Reply raw(HttpRequest.Builder request) {
        return send(request);
    }

    /** A request over HTTPS ({@link JicengServer#secureUri}), trusting only the server's generated certificate. */
    Reply secure(HttpRequest.Builder request) {
        return send(server.https(), request);
    }

    /** The whole answer, headers included, over plain HTTP. */
    HttpResponse<String> exchange(HttpRequest.Builder request) {
        return exchange(server.http, request);
    }

    /** The whole answer, headers included, over HTTPS. */
    HttpResponse<String> secureExchange(HttpRequest.Builder request) {
        return exchange(server.https(), request);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** GET of a file under {@code /api/v1} (a workbook, a PDF) as this account, its bytes as they are. */
    HttpResponse<byte[]> download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/v1" + path)).timeout(Duration.ofSeconds(60)).GET();
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        try {
            return server.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        return send(server.http, request);
    }

    private Reply send(java.net.http.HttpClient client, HttpRequest.Builder request) {
        HttpResponse<String> r = exchange(client, request);
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private HttpResponse<String> exchange(java.net.http.HttpClient client, HttpRequest.Builder request) {
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object body) {
        if (body instanceof String) {
            return (String) body;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
