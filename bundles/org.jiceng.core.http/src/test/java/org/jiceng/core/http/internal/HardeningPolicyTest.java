package org.jiceng.core.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HardeningPolicyTest {
    private final HardeningPolicy policy = new HardeningPolicy(100, 1000, List.of("/api/v1/imports"), 600);

    @Test
    void uploadPathsTakeTheLargerLimitOthersTheDefault() {
        assertEquals(1000, policy.bodyLimit("/api/v1/imports"));
        assertEquals(1000, policy.bodyLimit("/api/v1/imports/42"));
        assertEquals(100, policy.bodyLimit("/api/v1/importsX"));
        assertEquals(100, policy.bodyLimit("/api/v1/members"));
        assertEquals(100, policy.bodyLimit("/services/RegistryService"));
        assertEquals(100, policy.bodyLimit("/"));
    }

    @Test
    void apiAnswersForbidEverythingAndAreNeverCached() {
        Map<String, String> h = policy.headers("/api/v1/members", false);
        assertEquals("nosniff", h.get("X-Content-Type-Options"));
        assertEquals("DENY", h.get("X-Frame-Options"));
        assertEquals("no-referrer", h.get("Referrer-Policy"));
        assertTrue(h.get("Content-Security-Policy").startsWith("default-src 'none'"));
        assertTrue(h.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("no-store", h.get("Cache-Control"));
        assertFalse(h.containsKey("Strict-Transport-Security"), "no HSTS over plain HTTP");
        assertEquals(h, policy.headers("/services/RegistryService", false));
    }

    @Test
    void swaggerUiMayLoadItsOwnScriptsAndStyles() {
        Map<String, String> h = policy.headers("/swagger-ui/index.html", false);
        String csp = h.get("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("script-src 'self' 'unsafe-inline'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(h.containsKey("Cache-Control"));
        assertEquals("DENY", h.get("X-Frame-Options"));
    }

    @Test
    void theConsoleLoadsOnlyItsOwnScriptsAndStylesAndNothingInline() {
        for (String path : new String[]{"/console", "/console/", "/console/js/app.js"}) {
            Map<String, String> h = policy.headers(path, false);
            String csp = h.get("Content-Security-Policy");
            assertTrue(csp.contains("script-src 'self';"), path + ": " + csp);
            assertTrue(csp.contains("style-src 'self';"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline"), path + ": " + csp);
            assertTrue(csp.contains("connect-src 'self'"), path + ": " + csp);
            assertFalse(h.containsKey("Cache-Control"), path + ": the console's servlet revalidates by ETag");
        }
        assertEquals(HardeningPolicy.API_CSP, policy.headers("/consoles", false).get("Content-Security-Policy"));
    }

    @Test
    void hstsOnlyOverTlsAndOnlyWhenConfigured() {
        assertEquals("max-age=600", policy.headers("/api/v1/health", true).get("Strict-Transport-Security"));
        assertEquals("max-age=600", policy.headers("/swagger-ui/", true).get("Strict-Transport-Security"));
        HardeningPolicy noHsts = new HardeningPolicy(100, 1000, List.of(), 0);
        assertFalse(noHsts.headers("/api/v1/health", true).containsKey("Strict-Transport-Security"));
    }

    @Test
    void refusesNonsenseLimits() {
        assertThrows(IllegalArgumentException.class, () -> new HardeningPolicy(0, 1000, List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> new HardeningPolicy(100, 1000, List.of(), -1));
    }
}
