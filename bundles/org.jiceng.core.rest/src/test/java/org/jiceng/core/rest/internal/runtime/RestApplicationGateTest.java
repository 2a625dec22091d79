package org.jiceng.core.rest.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** The gate waits for the JAX-RS resources the bundle's components declare, whichever way the property is typed, and for nothing else. */
class RestApplicationGateTest {
    private static ComponentDescriptionDTO component(Map<String, Object> properties, String... services) {
        ComponentDescriptionDTO d = new ComponentDescriptionDTO();
        d.properties = properties;
        d.serviceInterfaces = services;
        return d;
    }

    @Test
    void theGateWaitsForTheResourcesTheComponentsDeclare() {
        List<ComponentDescriptionDTO> components = List.of(component(Map.of("osgi.jaxrs.resource", "true"), "a.MemberResource"),
                component(Map.of("osgi.jaxrs.resource", Boolean.TRUE), "a.AuthResource", "a.Authentication"),
                component(Map.of("osgi.jaxrs.resource", "false"), "a.Disabled"), component(Map.of("osgi.jaxrs.extension", "true"), "a.JsonProvider"),
                component(Map.of(), "a.Service"), component(Map.of("osgi.jaxrs.resource", "true")));
        assertEquals(Set.of("a.MemberResource", "a.AuthResource", "a.Authentication"), RestApplicationGate.resources(components));
    }
}
