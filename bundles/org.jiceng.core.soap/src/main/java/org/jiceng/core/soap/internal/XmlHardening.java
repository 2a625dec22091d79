package org.jiceng.core.soap.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.cxf.Bus;

/**
 * The XML parsing limits and fault settings of every SOAP endpoint, core or module, in one place.
 * CXF's StAX parser already refuses DTDs and external entities; these bound what a well-formed
 * but hostile document may cost (CXF leaves element count and document size unlimited before
 * 3.6.13), and keep stack traces and exception causes out of faults.
 */
final class XmlHardening {
    static final Map<String, Object> PROPERTIES;

    static {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("org.apache.cxf.stax.maxChildElements", "5000");
        p.put("org.apache.cxf.stax.maxElementDepth", "64");
        p.put("org.apache.cxf.stax.maxAttributeCount", "100");
        p.put("org.apache.cxf.stax.maxAttributeSize", "65536");
        p.put("org.apache.cxf.stax.maxTextLength", "1048576");
        p.put("org.apache.cxf.stax.maxElementCount", "100000");
        p.put("org.apache.cxf.stax.maxXMLCharacters", "10485760");
        // Faults: no server stack trace in <detail>, no exception cause in <faultstring>.
        p.put("faultStackTraceEnabled", "false");
        p.put("exceptionMessageCauseEnabled", "false");
        PROPERTIES = Map.copyOf(p);
    }

    private XmlHardening() {
    }

    /** Bus-wide, so that anything else built on the bus (a client, a later endpoint) gets them too. */
    static void apply(Bus bus) {
        PROPERTIES.forEach(bus::setProperty);
    }

    static Map<String, Object> endpointProperties() {
        return new LinkedHashMap<>(PROPERTIES);
    }
}
