package org.jiceng.core.soap.internal;

import javax.xml.namespace.QName;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;
import org.jiceng.common.DatabaseUnavailableException;
import org.jiceng.common.JicengException;
import org.jiceng.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Turns exceptions into SOAP faults the way REST turns them into problems: a Jiceng error is a
 * Client fault with its message and a detail naming the problem type and status (a database that cannot be reached
 * is one too, {@code database-unavailable}, as a Server fault); anything else is a Server fault whose text reveals
 * nothing of the internals (the cause is logged here).
 */
final class FaultMapper extends AbstractSoapInterceptor {
    static final String NS = "http://jiceng.org/soap/fault";
    private final Logger logger = LoggerFactory.getLogger(FaultMapper.class);

    FaultMapper() {
        super(Phase.PRE_STREAM);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        Exception exception = message.getContent(Exception.class);
        if (!(exception instanceof Fault)) {
            return;
        }
        Fault fault = (Fault) exception;
        JicengException cause = jicengCause(fault);
        if (cause == null) {
            cause = DatabaseUnavailableException.of(fault);
            if (cause != null) {
                // every operation meets it during an outage, which the data source logs as it starts and ends
                logger.debug("{} (SOAP): {}", cause.getMessage(), String.valueOf(fault.getCause()));
            }
        }
        if (cause != null) {
            fault.setMessage(cause.getMessage());
            // The caller's fault (Client, SOAP 1.2's Sender) unless the server cannot serve it now (a 5xx: Server, Receiver).
            boolean server = cause.status() >= 500;
            if (fault instanceof SoapFault) {
                SoapFault soapFault = (SoapFault) fault;
                soapFault.setFaultCode(server ? message.getVersion().getReceiver() : message.getVersion().getSender());
            } else {
                fault.setFaultCode(new QName(message.getVersion().getNamespace(), server ? "Server" : "Client"));
            }
            Element detail = fault.getOrCreateDetail();
            Document doc = detail.getOwnerDocument();
            Element problem = doc.createElementNS(NS, "problem");
            append(problem, "type", cause.problemType());
            append(problem, "status", String.valueOf(cause.status()));
            if (cause instanceof ValidationException) {
                ((ValidationException) cause).errors().forEach(e -> {
                    Element error = doc.createElementNS(NS, "error");
                    append(error, "field", e.field());
                    append(error, "reason", e.reason());
                    problem.appendChild(error);
                });
            }
            detail.appendChild(problem);
        } else if (isServerError(fault)) {
            logger.error("SOAP operation failed", fault.getCause() != null ? fault.getCause() : fault);
            fault.setMessage("The server could not complete the request; the error was logged");
        }
    }

    private static boolean isServerError(Fault fault) {
        // Faults raised by CXF itself for bad requests (unmarshalling, unknown operation) keep their text.
        return fault.getCause() != null && !(fault.getCause() instanceof javax.xml.stream.XMLStreamException)
                && !(fault.getCause() instanceof javax.xml.bind.UnmarshalException)
                && !(fault.getCause() instanceof org.apache.cxf.interceptor.Fault);
    }

    private static void append(Element parent, String name, String text) {
        Element e = parent.getOwnerDocument().createElementNS(NS, name);
        e.setTextContent(text);
        parent.appendChild(e);
    }

    private static JicengException jicengCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof JicengException) {
                return (JicengException) c;
            }
        }
        return null;
    }
}
