package org.jiceng.core.health.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletResponse;

/**
 * The few JSON answers of this bundle, written by hand: it must answer before (and without) the
 * JAX-RS application and its JSON provider.
 */
final class Json {
    static final String PROBLEM = "application/problem+json";
    static final String NOT_READY_TYPE = "https://jiceng.org/problems/not-ready";

    private Json() {
    }

    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** 503 problem+json: the server is not ready; {@code extra} is appended as further members (may be empty). */
    static void notReady(HttpServletResponse response, String detail, String instance, String extra) throws IOException {
        String body = "{\"type\":" + string(NOT_READY_TYPE) + ",\"title\":\"Not ready\",\"status\":503,\"detail\":" + string(detail)
                + ",\"instance\":" + string(instance) + extra + "}";
        response.setHeader("Retry-After", "5");
        write(response, 503, PROBLEM, body);
    }

    static void write(HttpServletResponse response, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
