package org.jiceng.core.rest.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URL;
import java.net.URLClassLoader;

import org.apache.cxf.bus.extension.ExtensionManagerBus;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;

/** The bus keeps the class loader of the first request it serves, and only that one. */
class RequestClassLoaderPinTest {

    @Test
    void theFirstRequestsLoaderIsKeptAndLaterOnesChangeNothing() {
        ExtensionManagerBus bus = new ExtensionManagerBus();
        RequestClassLoaderPin.PinOnFirstRequest pin = new RequestClassLoaderPin.PinOnFirstRequest(bus);
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        ClassLoader first = new URLClassLoader(new URL[0], before);
        ClassLoader second = new URLClassLoader(new URL[0], before);
        try {
            assertNull(bus.getExtension(ClassLoader.class), "a bus the whiteboard created has none");
            Thread.currentThread().setContextClassLoader(first);
            pin.handleMessage(new MessageImpl());
            assertSame(first, bus.getExtension(ClassLoader.class));
            Thread.currentThread().setContextClassLoader(second);
            pin.handleMessage(new MessageImpl());
            assertSame(first, bus.getExtension(ClassLoader.class));
        } finally {
            Thread.currentThread().setContextClassLoader(before);
            bus.shutdown(false);
        }
    }
}
