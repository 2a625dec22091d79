package org.jiceng.core.soap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SoapFirstUseTest {

    @Test
    void theAddressIsThePathsFirstSegmentBelowTheSoapContext() {
        assertEquals("/RegistryService", SoapFirstUse.addressOf("/services/RegistryService"));
        assertEquals("/RegistryService", SoapFirstUse.addressOf("/services/RegistryService/"));
        assertEquals("/TownCongressService", SoapFirstUse.addressOf("/services/TownCongressService;jsessionid=x"));
    }

    @Test
    void otherPathsNameNoEndpoint() {
        assertNull(SoapFirstUse.addressOf("/api/v1/members"));
        assertNull(SoapFirstUse.addressOf("/services/"));
        assertNull(SoapFirstUse.addressOf("/services"));
        assertNull(SoapFirstUse.addressOf("/servicesX/RegistryService"));
        assertNull(SoapFirstUse.addressOf(null));
    }
}
