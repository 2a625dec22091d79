package org.jiceng.core.soap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.staxutils.StaxUtils;
import org.junit.jupiter.api.Test;

class XmlHardeningTest {
    @Test
    void everyLimitIsSetAndFaultsHideInternals() {
        for (String limit : List.of("maxChildElements", "maxElementDepth", "maxAttributeCount", "maxAttributeSize", "maxTextLength",
                "maxElementCount", "maxXMLCharacters")) {
            Object value = XmlHardening.PROPERTIES.get("org.apache.cxf.stax." + limit);
            assertTrue(value != null && Long.parseLong(value.toString()) > 0, limit);
        }
        assertEquals("false", XmlHardening.PROPERTIES.get("faultStackTraceEnabled"));
        assertEquals("false", XmlHardening.PROPERTIES.get("exceptionMessageCauseEnabled"));
    }

    @Test
    void aReaderConfiguredLikeAnEndpointRefusesDeepAndWideDocuments() throws Exception {
        assertThrows(XMLStreamException.class, () -> readAll("<a>".repeat(65) + "</a>".repeat(65)));
        assertThrows(XMLStreamException.class, () -> readAll("<a>" + "<b/>".repeat(5001) + "</a>"));
        assertThrows(XMLStreamException.class, () -> readAll("<a>" + "x".repeat(1024 * 1024 + 1) + "</a>"));
        readAll("<a>" + "<b/>".repeat(100) + "</a>");
    }

    @Test
    void theParserNeverExpandsEntitiesOfADtd() throws Exception {
        // CXF's parser ignores the DTD (SOAP then refuses the document: the envelope must come first);
        // whatever reads on sees no file content and no expansion.
        assertEquals("", readAll("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"));
        assertEquals("", readAll("<!DOCTYPE a [<!ENTITY l \"lol\"><!ENTITY l2 \"&l;&l;&l;&l;&l;&l;&l;&l;\">]><a>&l2;</a>"));
    }

    /** Reads the whole document and returns its text. */
    private static String readAll(String xml) throws XMLStreamException {
        Message message = new MessageImpl();
        message.putAll(XmlHardening.endpointProperties());
        XMLStreamReader reader = StaxUtils.configureReader(StaxUtils.createXMLStreamReader(new StringReader(xml)), message);
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.CHARACTERS) {
                text.append(reader.getText());
            }
        }
        return text.toString();
    }
}
