package org.jiceng.core.rest.internal.runtime;

import org.apache.cxf.endpoint.Server;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Keeps a client from turning a request into a one-way exchange. CXF's JAX-RS frontend reads an {@code OnewayRequest}
 * request header, and for {@code true} answers at once, before the operation has run, so the client would learn
 * nothing of its outcome (a refused write among them). It looks for it in every request, building a view of the
 * request's headers for that alone: 1.4 % of the server's samples of a member read under load (JFR). Setting the
 * message's property first answers CXF's question without the header: never one-way. Installed by
 * {@link ServerFeature}.
 */
final class OneWayHeaderIgnored extends AbstractPhaseInterceptor<Message> {
    OneWayHeaderIgnored() {
        super(Phase.RECEIVE); // long before JAXRSInInterceptor (UNMARSHAL) asks
    }

    static void install(Server server) {
        server.getEndpoint().getInInterceptors().add(new OneWayHeaderIgnored());
    }

    @Override
    public void handleMessage(Message message) {
        message.put(Message.ONE_WAY_REQUEST, Boolean.FALSE.toString());
    }
}
