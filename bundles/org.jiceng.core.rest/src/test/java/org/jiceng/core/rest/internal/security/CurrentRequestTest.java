package org.jiceng.core.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;

import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.junit.jupiter.api.Test;

class CurrentRequestTest {
    /** A resource as CXF matches one. */
    public static class Members {
        public String get(String id) {
            return id;
        }
    }

    @Test
    void duringTheChainTheMatchedOperationAndTheClientsAddressComeFromCxfsMessage() throws Exception {
        Method get = Members.class.getMethod("get", String.class);
        Message message = new MessageImpl();
        Exchange exchange = new ExchangeImpl();
        message.setExchange(exchange);
        exchange.put(OperationResourceInfo.class, new OperationResourceInfo(get, new ClassResourceInfo(Members.class)));
        message.put(CurrentRequest.SERVLET_REQUEST, servletRequestFrom("192.0.2.7"));

        List<Object> seen = within(message, () -> List.of(CurrentRequest.operation(), CurrentRequest.remoteAddress()));

        assertEquals(new CurrentRequest.Matched(Members.class, get), seen.get(0));
        assertEquals("192.0.2.7", seen.get(1));
    }

    @Test
    void beforeMatchingThereIsNoOperationAndOutsideARequestNothing() {
        Message message = new MessageImpl();
        message.setExchange(new ExchangeImpl());
        List<Object> seen = within(message,
                () -> new ArrayList<>(java.util.Arrays.asList(CurrentRequest.operation(), CurrentRequest.remoteAddress())));
        assertNull(seen.get(0), "nothing matched yet");
        assertNull(seen.get(1), "no servlet request in the message");
        assertNull(CurrentRequest.operation(), "no chain runs on this thread");
        assertNull(CurrentRequest.remoteAddress());
    }

    @Test
    void aRawPathRulesOutTextOnlyWhenItCannotHoldItOnceDecoded() {
        assertEquals(List.of(true, true, false, true), List.of(
                pathMayHold("/api/v1/openapi.json"),
                pathMayHold("/api/v1/openapi.json;v=1"),
                pathMayHold("/api/v1/members/7"),
                pathMayHold("/api/v1/openapi%2Ejson"))); // decodes to it: the decoded path decides
        assertTrue(CurrentRequest.pathMayHold("openapi.json"), "outside a request nothing is ruled out");
    }

    private static boolean pathMayHold(String rawPath) {
        Message message = new MessageImpl();
        message.setExchange(new ExchangeImpl());
        message.put(Message.REQUEST_URI, rawPath);
        return within(message, () -> CurrentRequest.pathMayHold("openapi.json"));
    }

    /** What {@code read} gives while CXF's chain handles {@code message}, as a filter runs. */
    private static <T> T within(Message message, Supplier<T> read) {
        List<T> result = new ArrayList<>();
        PhaseInterceptorChain chain = new PhaseInterceptorChain(new java.util.TreeSet<>(List.of(new Phase(Phase.RECEIVE, 1))));
        chain.add(new AbstractPhaseInterceptor<Message>(Phase.RECEIVE) {
            @Override
            public void handleMessage(Message m) {
                result.add(read.get());
            }
        });
        chain.doIntercept(message);
        return result.get(0);
    }

    private static HttpServletRequest servletRequestFrom(String address) {
        return (HttpServletRequest) Proxy.newProxyInstance(CurrentRequestTest.class.getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getRemoteAddr") ? address : null);
    }
}
