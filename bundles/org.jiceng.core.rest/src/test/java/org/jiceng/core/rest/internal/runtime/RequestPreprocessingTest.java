package org.jiceng.core.rest.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.cxf.jaxrs.impl.UriInfoImpl;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;

class RequestPreprocessingTest {
    private final RequestPreprocessing.OverridesOnly preprocessor = new RequestPreprocessing.OverridesOnly();

    @Test
    void aQueryThatMayNameAnOverrideIsPreprocessedInFull() {
        assertTrue(RequestPreprocessing.OverridesOnly.mayOverride("_type=xml"));
        assertTrue(RequestPreprocessing.OverridesOnly.mayOverride("page=1&_ctype=json"));
        assertTrue(RequestPreprocessing.OverridesOnly.mayOverride("%5Ftype=xml"));
        assertTrue(RequestPreprocessing.OverridesOnly.mayOverride("%5fmethod=DELETE"));
        assertFalse(RequestPreprocessing.OverridesOnly.mayOverride(null));
        assertFalse(RequestPreprocessing.OverridesOnly.mayOverride("jurisdiction=430581&page=2&size=20&sort=name"));
    }

    @Test
    void theTypeOverrideStillReplacesTheAcceptHeader() {
        Message message = request("_type=json", "text/html");
        preprocessor.preprocess(message, new UriInfoImpl(message, null));
        assertEquals("application/json", acceptOf(message));
    }

    @Test
    void aRequestWithoutOverridesIsLeftAsItCame() {
        Message message = request("page=2&size=20", "text/html");
        assertNull(preprocessor.preprocess(message, new UriInfoImpl(message, null)));
        assertEquals("text/html", acceptOf(message));
        assertEquals("GET", message.get(Message.HTTP_REQUEST_METHOD));
    }

    @Test
    void whereMethodOverridesAreAllowedTheHeaderStillCounts() {
        Message message = request("page=2", "application/json");
        message.put(RequestPreprocessing.OverridesOnly.ALLOW_HTTP_METHOD_OVERRIDE, true);
        headersOf(message).put("X-HTTP-Method-Override", List.of("PATCH"));
        preprocessor.preprocess(message, new UriInfoImpl(message, null));
        assertEquals("PATCH", message.get(Message.HTTP_REQUEST_METHOD));
    }

    private static Message request(String query, String accept) {
        Message message = new MessageImpl();
        Exchange exchange = new ExchangeImpl();
        message.setExchange(exchange);
        exchange.setInMessage(message);
        message.put(Message.REQUEST_URI, "/api/v1/members");
        message.put(Message.ENDPOINT_ADDRESS, "http://localhost:8181/api/v1");
        message.put(Message.QUERY_STRING, query);
        message.put(Message.HTTP_REQUEST_METHOD, "GET");
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Accept", List.of(accept));
        message.put(Message.PROTOCOL_HEADERS, headers);
        return message;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> headersOf(Message message) {
        return (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
    }

    private static String acceptOf(Message message) {
        List<String> accept = headersOf(message).get("Accept");
        return accept == null ? null : accept.get(0);
    }
}
