package org.jiceng.core.soap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.MessageImpl;
import org.jiceng.common.ConflictException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class FaultMapperTest {

    private static Fault mapped(Throwable cause) {
        SoapMessage message = new SoapMessage(new MessageImpl());
        message.setVersion(Soap11.getInstance());
        Fault fault = new Fault(cause);
        message.setContent(Exception.class, fault);
        new FaultMapper().handleMessage(message);
        return fault;
    }

    private static String problemType(Fault fault) {
        Element problem = (Element) fault.getDetail().getElementsByTagNameNS(FaultMapper.NS, "problem").item(0);
        return problem.getElementsByTagNameNS(FaultMapper.NS, "type").item(0).getTextContent() + " "
                + problem.getElementsByTagNameNS(FaultMapper.NS, "status").item(0).getTextContent();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAServerFaultNamingIt() {
        Fault fault = mapped(
                new IllegalStateException("EclipseLink", new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertEquals("Server", fault.getFaultCode().getLocalPart());
        assertEquals("database-unavailable 503", problemType(fault));
        assertEquals("The database cannot be reached at the moment; try again in a few seconds", fault.getMessage());
    }

    @Test
    void aJicengErrorStaysTheClientsFault() {
        Fault fault = mapped(new ConflictException("The organization 5 is at version 3, not 2"));
        assertEquals("Client", fault.getFaultCode().getLocalPart());
        assertEquals("conflict 409", problemType(fault));
    }

    @Test
    void anythingElseIsAServerFaultThatShowsNoInternals() {
        Fault fault = mapped(new IllegalStateException(new SQLException("relation \"x\" does not exist", "42P01")));
        assertEquals("The server could not complete the request; the error was logged", fault.getMessage());
    }
}
