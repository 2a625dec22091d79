package org.jiceng.core.http.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 413 answer, written by Jetty before any application sees the request (or while it is still
 * reading it), in the same problem+json shape as every other REST error.
 */
final class TooLarge {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOGGER = LoggerFactory.getLogger(TooLarge.class);

    private TooLarge() {
    }

    static String body(String path, long limit) {
        return "{\"type\":\"https://jiceng.org/problems/payload-too-large\",\"title\":\"Payload Too Large\",\"status\":413,"
                + "\"detail\":\"The request body is larger than " + limit + " bytes, the limit for this path\",\"instance\":\""
                + jsonEscape(path) + "\"}";
    }

    /**
     * Writes and completes the answer. The connection closes after it: the rest of the body is
     * never read. An answer already started by the application is left alone.
     */
    static void send(Request request, String path, long limit) {
        Response response = request.getResponse();
        if (response.isCommitted()) {
            return;
        }
        byte[] bytes = body(path, limit).getBytes(StandardCharsets.UTF_8);
        try {
            // resetContent also drops Cache-Control, which the policy set: it goes back on
            response.resetContent();
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(413);
            response.setContentType(PROBLEM_JSON);
            response.setHeader("Connection", "close");
            response.setContentLength(bytes.length);
            response.getHttpOutput().write(bytes);
            response.closeOutput();
        } catch (IOException | RuntimeException e) {
            // the client went away: nothing left to tell it
            LOGGER.debug("Could not send 413 for {}", path, e);
        }
    }

    static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
