package org.jiceng.core.soap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SoapFirstUseTest {
    private static final String SERVICES = "/services/";

    @Test
    void theAddressIsThePathsFirstSegmentBelowTheSoapContext() {
        assertEquals("/RegistryService", SoapFirstUse.addressOf(SERVICES, "/services/RegistryService"));
        assertEquals("/RegistryService", SoapFirstUse.addressOf(SERVICES, "/services/RegistryService/"));
        assertEquals("/TownCongressService", SoapFirstUse.addressOf(SERVICES, "/services/TownCongressService;jsessionid=x"));
    }

    @Test
    void otherPathsNameNoEndpoint() {
        assertNull(SoapFirstUse.addressOf(SERVICES, "/api/v1/members"));
        assertNull(SoapFirstUse.addressOf(SERVICES, "/services/"));
        assertNull(SoapFirstUse.addressOf(SERVICES, "/services"));
        assertNull(SoapFirstUse.addressOf(SERVICES, "/servicesX/RegistryService"));
        assertNull(SoapFirstUse.addressOf(SERVICES, null));
    }

    @Test
    void theContextIsCxfsSettingHoweverItIsWritten() {
        assertEquals("/services/", SoapFirstUse.prefixOf("/services"));
        assertEquals("/services/", SoapFirstUse.prefixOf("services/"));
        assertEquals("/soap/v2/", SoapFirstUse.prefixOf(" /soap/v2 "));
        assertEquals("/", SoapFirstUse.prefixOf(""));
        String moved = SoapFirstUse.prefixOf("/soap");
        assertEquals("/RegistryService", SoapFirstUse.addressOf(moved, "/soap/RegistryService?wsdl"));
        assertNull(SoapFirstUse.addressOf(moved, "/services/RegistryService"));
    }
}
