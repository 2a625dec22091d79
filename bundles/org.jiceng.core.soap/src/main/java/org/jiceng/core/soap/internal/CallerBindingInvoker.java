package org.jiceng.core.soap.internal;

import org.apache.cxf.message.Exchange;
import org.apache.cxf.service.invoker.Invoker;
import org.jiceng.security.Caller;
import org.jiceng.security.CallerContext;

/** Runs a SOAP operation as the caller {@link SoapAuthentication} put into the exchange. */
final class CallerBindingInvoker implements Invoker {
    private final Invoker delegate;

    CallerBindingInvoker(Invoker delegate) {
        this.delegate = delegate;
    }

    @Override
    @SuppressWarnings("try") // the binding is held for the call only, never read
    public Object invoke(Exchange exchange, Object o) {
        Caller caller = exchange.get(Caller.class);
        if (caller == null) {
            throw new IllegalStateException("SOAP call without an authenticated caller");
        }
        CallerContext.clear();
        try (CallerContext.Binding ignored = CallerContext.bind(caller)) {
            return delegate.invoke(exchange, o);
        }
    }
}
