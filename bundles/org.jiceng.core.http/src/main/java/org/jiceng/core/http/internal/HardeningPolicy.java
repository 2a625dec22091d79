package org.jiceng.core.http.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every HTTP answer carries and how large a request body may be, by path. Pure decisions,
 * kept apart from Jetty so they can be tested without a server.
 */
final class HardeningPolicy {
    static final String SWAGGER_UI = "/swagger-ui";
    static final String CONSOLE = "/console";

    /** REST, SOAP and error pages: nothing to load, nothing to frame. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * Swagger UI: its scripts, styles and the OpenAPI document come from this server; it sets inline
     * styles and uses data: images for icons, so those two are allowed, inline scripts are not.
     */
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /**
     * The web console: its own scripts and styles only (no inline script or style, nothing from
     * elsewhere), talking to this server's API.
     */
    static final String CONSOLE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private final long maxBodyBytes;
    private final long uploadMaxBodyBytes;
    private final List<String> uploadPaths;
    private final long hstsMaxAgeSeconds;

    HardeningPolicy(long maxBodyBytes, long uploadMaxBodyBytes, List<String> uploadPaths, long hstsMaxAgeSeconds) {
        if (maxBodyBytes < 1 || uploadMaxBodyBytes < 1 || hstsMaxAgeSeconds < 0) {
            throw new IllegalArgumentException("body limits must be positive and the HSTS max-age not negative");
        }
        this.maxBodyBytes = maxBodyBytes;
        this.uploadMaxBodyBytes = uploadMaxBodyBytes;
        this.uploadPaths = List.copyOf(uploadPaths);
        this.hstsMaxAgeSeconds = hstsMaxAgeSeconds;
    }

    static HardeningPolicy of(HttpHardeningConfig config) {
        return new HardeningPolicy(config.maxBodyBytes(), config.uploadMaxBodyBytes(),
                config.uploadPaths() == null ? List.of() : List.of(config.uploadPaths()), config.hstsMaxAgeSeconds());
    }

    /** The largest body accepted for a request to {@code path} (decoded and canonical). */
    long bodyLimit(String path) {
        for (String prefix : uploadPaths) {
            if (under(path, prefix)) {
                return uploadMaxBodyBytes;
            }
        }
        return maxBodyBytes;
    }

    /** The headers of an answer to {@code path}; {@code secure} when it goes out over TLS. */
    Map<String, String> headers(String path, boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        if (under(path, SWAGGER_UI)) {
            headers.put("Content-Security-Policy", SWAGGER_CSP);
        } else if (under(path, CONSOLE)) {
            // the console's files are revalidated by their ETags; they carry no data
            headers.put("Content-Security-Policy", CONSOLE_CSP);
        } else {
            headers.put("Content-Security-Policy", API_CSP);
            // API answers carry personal data (members, ID cards masked or not): no cache may keep them.
            headers.put("Cache-Control", "no-store");
        }
        if (secure && hstsMaxAgeSeconds > 0) {
            headers.put("Strict-Transport-Security", "max-age=" + hstsMaxAgeSeconds);
        }
        return headers;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }
}
