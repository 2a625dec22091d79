package org.jiceng.core.soap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.MessageContentsList;
import org.apache.cxf.service.invoker.Invoker;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.jiceng.common.NotFoundException;
import org.jiceng.module.ModuleDescriptor;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModuleGateInvokerTest {
    private static final String MODULE = "test-gated";

    private final Bus bus = BusFactory.newInstance().createBus();
    private final List<String> checked = new ArrayList<>();
    private final List<Object> invoked = new ArrayList<>();
    private final Invoker operations = (exchange, arguments) -> invoked.add(arguments);
    private Server server;

    @AfterEach
    void shutdown() {
        if (server != null) {
            server.destroy();
        }
        bus.shutdown(true);
    }

    @WebService
    public static class Gated {
        @WebMethod
        public String first(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
            return code;
        }

        @WebMethod
        public String second(@WebParam(name = "year") Integer year, @WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
            return code;
        }
    }

    @WebService
    public static class HalfGated {
        @WebMethod
        public String gated(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
            return code;
        }

        @WebMethod
        public String everywhere(@WebParam(name = "code") String code) {
            return code;
        }
    }

    @Test
    void theJurisdictionArgumentIsCheckedBeforeTheOperationRuns() {
        ModuleGateInvoker gate = ModuleGateInvoker.of(MODULE, registry("360823"), build(new Gated()).getEndpoint(), operations);

        MessageContentsList allowed = new MessageContentsList(2026, "360823");
        gate.invoke(exchange("second"), allowed);
        assertEquals(List.of("360823"), checked);
        assertEquals(List.of(allowed), invoked);

        Fault refused = assertThrows(Fault.class, () -> gate.invoke(exchange("first"), new MessageContentsList("441481")));
        assertInstanceOf(NotFoundException.class, refused.getCause(), "the fault carries requireEnabled's own exception");
        assertEquals(List.of("360823", "441481"), checked);
        assertEquals(1, invoked.size(), "a refused operation is not invoked");
    }

    @Test
    void aMissingJurisdictionIsRefusedNotSkipped() {
        ModuleGateInvoker gate = ModuleGateInvoker.of(MODULE, registry("360823"), build(new Gated()).getEndpoint(), operations);
        MessageContentsList noCode = new MessageContentsList(2026, null);
        assertThrows(Fault.class, () -> gate.invoke(exchange("second"), noCode));
        assertEquals(0, invoked.size());
    }

    @Test
    void anEndpointWithAnOperationWithoutJurisdictionIsRefusedNamingIt() {
        Server halfGated = build(new HalfGated());
        ModuleGateInvoker.UngatedOperationException e = assertThrows(ModuleGateInvoker.UngatedOperationException.class,
                () -> ModuleGateInvoker.of(MODULE, registry("360823"), halfGated.getEndpoint(), operations));
        assertTrue(e.getMessage().contains("[everywhere]"), e.getMessage());
    }

    private Server build(Object implementation) {
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(implementation.getClass());
        factory.setServiceBean(implementation);
        factory.setAddress("/" + implementation.getClass().getSimpleName());
        factory.setStart(false);
        server = factory.create();
        return server;
    }

    /** An exchange as CXF's in-chain leaves it for the invoker: the service and the operation called. */
    private Exchange exchange(String operation) {
        Exchange exchange = new ExchangeImpl();
        exchange.put(org.apache.cxf.service.Service.class, server.getEndpoint().getService());
        for (BindingOperationInfo bop : server.getEndpoint().getEndpointInfo().getBinding().getOperations()) {
            if (bop.getName().getLocalPart().equals(operation)) {
                // The wrapped style's in-interceptor hands the unwrapped operation on.
                exchange.put(BindingOperationInfo.class, bop.isUnwrappedCapable() ? bop.getUnwrappedOperation() : bop);
            }
        }
        return exchange;
    }

    private ModuleRegistry registry(String enabledCode) {
        return new ModuleRegistry() {
            @Override
            public void requireEnabled(String moduleId, String jurisdictionCode) {
                checked.add(jurisdictionCode);
                if (!MODULE.equals(moduleId) || !enabledCode.equals(jurisdictionCode)) {
                    throw new NotFoundException("Module '" + moduleId + "' is not enabled for jurisdiction '" + jurisdictionCode + "'");
                }
            }

            @Override
            public List<ModuleDescriptor> modules() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<ModuleDescriptor> module(String moduleId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean enable(String moduleId, String jurisdictionCode) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean disable(String moduleId, String jurisdictionCode) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean isEnabled(String moduleId, String jurisdictionCode) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<String> enabledJurisdictions(String moduleId) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
