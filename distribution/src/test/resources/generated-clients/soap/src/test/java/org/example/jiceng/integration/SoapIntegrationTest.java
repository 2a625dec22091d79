package org.example.jiceng.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import javax.security.auth.callback.CallbackHandler;
import javax.xml.ws.BindingProvider;
import javax.xml.ws.soap.SOAPFaultException;

import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.jiceng.soap.registry.JurisdictionInfo;
import org.jiceng.soap.registry.Registry;
import org.jiceng.soap.registry.RegistryService;
import org.jiceng.soap.registry.StageCount;
import org.jiceng.soap.wugang_service_day.Figures;
import org.jiceng.soap.wugang_service_day.ServiceDayService;
import org.jiceng.soap.wugang_service_day.ServiceDays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What a provincial platform writes against the JAX-WS clients CXF generated from Jiceng's WSDLs:
 * the port of a service, its address, and a WS-Security UsernameToken (PasswordText) on every call.
 * The figures it read are written to {@code target/integration.properties}.
 */
class SoapIntegrationTest {
    private static final String URL = System.getProperty("jiceng.url");
    private static final String USER = System.getProperty("jiceng.user");
    private static final String PASSWORD = System.getProperty("jiceng.password");
    private static final String COUNTY = System.getProperty("jiceng.county");
    private static final Properties FIGURES = new Properties();

    /** The port at the server's address, sending a UsernameToken of {@code user} with {@code password}. */
    static <T> T withUsernameToken(T port, String service, String user, String password) {
        ((BindingProvider) port).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, URL + "/" + service);
        Map<String, Object> security = new HashMap<>();
        security.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        security.put(ConfigurationConstants.USER, user);
        security.put(ConfigurationConstants.PASSWORD_TYPE, "PasswordText");
        security.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) callbacks -> {
            for (var callback : callbacks) {
                ((WSPasswordCallback) callback).setPassword(password);
            }
        });
        ClientProxy.getClient(port).getOutInterceptors().add(new WSS4JOutInterceptor(security));
        return port;
    }

    @AfterAll
    static void writeFigures() throws IOException {
        Path file = Path.of("target", "integration.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            FIGURES.store(out, "what the generated SOAP clients read from Jiceng");
        }
        FIGURES.forEach((k, v) -> System.out.println("FIGURE " + k + " = " + v));
    }

    @Test
    void aClientWasGeneratedForEveryWsdl() throws IOException {
        long wsdls;
        try (Stream<Path> files = Files.list(Path.of("src/main/wsdl"))) {
            wsdls = files.filter(f -> f.toString().endsWith(".wsdl")).count();
        }
        long clients;
        try (Stream<Path> sources = Files.walk(Path.of("target/generated-sources/cxf"))) {
            clients = sources.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f).contains("@WebServiceClient(");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        }
        assertEquals(wsdls, clients, "one generated service class per WSDL");
        FIGURES.setProperty("services.generated", String.valueOf(clients));
    }

    @Test
    void readsTheRegistryWithAUsernameToken() {
        Registry registry = withUsernameToken(new RegistryService().getRegistryPort(), "RegistryService", USER, PASSWORD);
        JurisdictionInfo county = registry.getJurisdiction(COUNTY);
        assertEquals(COUNTY, county.getCode());
        List<StageCount> pipeline = registry.getPipelineCounts(COUNTY);
        long members = pipeline.stream().mapToLong(StageCount::getCount).sum();
        assertTrue(members > 0, "pipeline " + members);
        FIGURES.setProperty("registry.jurisdiction", county.getName());
        FIGURES.setProperty("registry.pipeline", String.valueOf(members));
    }

    @Test
    void readsTheServiceDayFiguresWithAUsernameToken() {
        ServiceDays serviceDays = withUsernameToken(new ServiceDayService().getServiceDayPort(), "ServiceDayService", USER, PASSWORD);
        Figures figures = serviceDays.getFigures(COUNTY, null, null);
        assertEquals(COUNTY, figures.getJurisdictionCode());
        FIGURES.setProperty("serviceDay.applications", String.valueOf(figures.getTotal().getApplications()));
    }

    @Test
    void aWrongPasswordIsAClientFault() {
        Registry registry = withUsernameToken(new RegistryService().getRegistryPort(), "RegistryService", USER, PASSWORD + "-wrong");
        SOAPFaultException fault = assertThrows(SOAPFaultException.class, () -> registry.getJurisdiction(COUNTY));
        FIGURES.setProperty("wrongPassword.faultCode", fault.getFault().getFaultCodeAsQName().getLocalPart());
        FIGURES.setProperty("wrongPassword.faultString", fault.getFault().getFaultString());
    }
}
