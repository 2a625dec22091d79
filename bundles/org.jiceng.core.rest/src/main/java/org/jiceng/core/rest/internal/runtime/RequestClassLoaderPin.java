package org.jiceng.core.rest.internal.runtime;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Gives each JAX-RS application's CXF bus the class loader its requests already run with, once.
 *
 * <p>CXF's servlet asks its bus for a {@code ClassLoader} extension on every request and, finding none (the Aries
 * whiteboard creates its buses without one), asks the bus's resource resolvers for one: a class path lookup of the
 * empty resource name in the system loader and again in the bundle's, which never finds a class loader, so no request
 * ever uses the answer. That lookup was 4.2 % of the server's CPU samples of a member read under load (JFR). The
 * first request through the application records the context class loader Pax Web gave it as that extension; from
 * then on the servlet finds it at once and sets the same loader the request already had, so nothing a request sees
 * changes. Installed by {@link ServerFeature}.
 */
final class RequestClassLoaderPin {
    private RequestClassLoaderPin() {
    }

    /** On the server's endpoint, where a request's thread is known. */
    static void install(Server server, Bus bus) {
        server.getEndpoint().getInInterceptors().add(new PinOnFirstRequest(bus));
    }

    /** Records the loader of the first request that reaches the endpoint; a no-op once the bus has one. */
    static final class PinOnFirstRequest extends AbstractPhaseInterceptor<Message> {
        private final Bus bus;

        PinOnFirstRequest(Bus bus) {
            super(Phase.RECEIVE);
            this.bus = bus;
        }

        @Override
        public void handleMessage(Message message) {
            if (bus.getExtension(ClassLoader.class) == null) {
                ClassLoader requests = Thread.currentThread().getContextClassLoader();
                if (requests != null) {
                    bus.setExtension(requests, ClassLoader.class);
                }
            }
        }
    }
}
