package org.jiceng.core.rest.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.cxf.common.util.PropertyUtils;
import org.apache.cxf.jaxrs.utils.HttpUtils;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;

class OneWayHeaderIgnoredTest {
    @Test
    void aClientsOneWayHeaderNoLongerMakesTheExchangeOneWay() {
        Message message = new MessageImpl();
        message.setExchange(new ExchangeImpl());
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("OnewayRequest", List.of("true"));
        message.put(Message.PROTOCOL_HEADERS, headers);
        // what JAXRSInInterceptor asks before it makes the exchange one-way
        assertEquals("true", HttpUtils.getProtocolHeader(message, Message.ONE_WAY_REQUEST, null), "without the interceptor the header counts");

        new OneWayHeaderIgnored().handleMessage(message);

        assertFalse(PropertyUtils.isTrue(HttpUtils.getProtocolHeader(message, Message.ONE_WAY_REQUEST, null)));
    }
}
