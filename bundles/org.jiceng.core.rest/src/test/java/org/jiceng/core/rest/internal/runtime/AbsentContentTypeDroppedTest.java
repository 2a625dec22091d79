package org.jiceng.core.rest.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.core.MediaType;

import org.apache.cxf.jaxrs.impl.HttpHeadersImpl;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;

class AbsentContentTypeDroppedTest {
    @Test
    void aRequestWithoutContentTypeKeepsItsOtherHeadersAndReadsTheSame() {
        Message message = request(Collections.singletonList(null)); // as the transport writes it for a GET
        HttpHeadersImpl before = new HttpHeadersImpl(message);

        new AbsentContentTypeDropped().handleMessage(message);

        Map<String, List<String>> headers = headers(message);
        assertFalse(headers.containsKey(Message.CONTENT_TYPE));
        assertEquals(List.of("application/json"), headers.get("Accept"));
        HttpHeadersImpl after = new HttpHeadersImpl(message);
        assertNull(after.getMediaType());
        assertEquals(before.getAcceptableMediaTypes(), after.getAcceptableMediaTypes());
        assertEquals(before.getRequestHeaders(), after.getRequestHeaders());
    }

    @Test
    void aRequestsContentTypeStays() {
        Message message = request(List.of("application/json"));

        new AbsentContentTypeDropped().handleMessage(message);

        assertEquals(List.of("application/json"), headers(message).get(Message.CONTENT_TYPE));
        assertEquals(MediaType.APPLICATION_JSON_TYPE, new HttpHeadersImpl(message).getMediaType());
    }

    @Test
    void aMessageWithoutHeadersIsLeftAlone() {
        Message message = new MessageImpl();
        new AbsentContentTypeDropped().handleMessage(message);
        assertNull(message.get(Message.PROTOCOL_HEADERS));
    }

    private static Message request(List<String> contentType) {
        Message message = new MessageImpl();
        message.setExchange(new ExchangeImpl());
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Accept", List.of("application/json"));
        headers.put(Message.CONTENT_TYPE, contentType);
        message.put(Message.PROTOCOL_HEADERS, headers);
        return message;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> headers(Message message) {
        return (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
    }
}
