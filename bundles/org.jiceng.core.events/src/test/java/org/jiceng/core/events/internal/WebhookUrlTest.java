package org.jiceng.core.events.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookUrlTest {
    @Test
    void onlyAbsoluteHttpUrlsWithoutCredentialsAreAccepted() {
        assertTrue(WebhookServiceImpl.validUrl("https://dashboard.example.gov.cn/hooks/jiceng"));
        assertTrue(WebhookServiceImpl.validUrl("http://10.1.2.3:8080/in"));
        assertFalse(WebhookServiceImpl.validUrl("ftp://example.org/in"));
        assertFalse(WebhookServiceImpl.validUrl("/relative/path"));
        assertFalse(WebhookServiceImpl.validUrl("https://user:pw@example.org/in"));
        assertFalse(WebhookServiceImpl.validUrl("https:///no-host"));
        assertFalse(WebhookServiceImpl.validUrl("http://exa mple.org/"));
    }
}
