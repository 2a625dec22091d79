package org.jiceng.core.rest.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ModuleRouteTest {
    private static final Object RESOURCE = new Object();

    @Test
    void prefixIsTheClassPathBelowTheModuleId() {
        assertEquals(List.of(), route("jurisdictions/{code}/xiajiang-three-members").prefix());
        assertEquals(List.of("delegates"), route("jurisdictions/{code}/xingning-town-congress/delegates").prefix());
        assertEquals(List.of("a", "b"), route("/jurisdictions/{code}/xingning-town-congress/a/b/").prefix());
    }

    @Test
    void aClassPathOutsideItsOwnModuleIsNotRouted() {
        assertNull(ModuleRoute.of("xingning-town-congress", 1, 1, "jurisdictions/{code}/xiajiang-three-members", RESOURCE));
        assertNull(ModuleRoute.of("xingning-town-congress", 1, 1, "members", RESOURCE));
        assertNull(ModuleRoute.of("xingning-town-congress", 1, 1, "jurisdictions/{id}/xingning-town-congress", RESOURCE));
        assertNull(ModuleRoute.of("xingning-town-congress", 1, 1, null, RESOURCE));
    }

    @Test
    void matchesOnWholeSegments() {
        ModuleRoute delegates = route("jurisdictions/{code}/xingning-town-congress/delegates");
        assertTrue(delegates.matches(List.of("delegates")));
        assertTrue(delegates.matches(List.of("delegates", "12", "change")));
        assertFalse(delegates.matches(List.of("delegates-old")));
        assertFalse(delegates.matches(List.of()));
        assertTrue(route("jurisdictions/{code}/xingning-town-congress").matches(List.of()));
    }

    private static ModuleRoute route(String classPath) {
        String module = classPath.replaceAll("^/", "").split("/")[2];
        return ModuleRoute.of(module, 1, 1, classPath, RESOURCE);
    }
}
