package org.jiceng.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.PathSegment;

import org.junit.jupiter.api.Test;

class ModuleGateTest {

    @Test
    void findsTheModuleSegmentOfAJurisdictionScopedPath() {
        assertEquals("xingning-term-reminders", ModuleGate.moduleSegment(segments("jurisdictions/441481/xingning-term-reminders/expiring")));
        assertEquals("xingning-term-reminders", ModuleGate.moduleSegment(segments("/jurisdictions/441481/xingning-term-reminders")));
    }

    @Test
    void leavesCorePathsAlone() {
        assertNull(ModuleGate.moduleSegment(segments("jurisdictions/441481/ancestors")));
        assertNull(ModuleGate.moduleSegment(segments("jurisdictions/441481")));
        assertNull(ModuleGate.moduleSegment(segments("organizations/5/xingning-term-reminders")));
        assertNull(ModuleGate.moduleSegment(segments("health")));
    }

    private static List<PathSegment> segments(String path) {
        List<PathSegment> result = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            result.add(new PathSegment() {
                @Override
                public String getPath() {
                    return part;
                }

                @Override
                public MultivaluedMap<String, String> getMatrixParameters() {
                    return new MultivaluedHashMap<>();
                }
            });
        }
        return result;
    }
}
