package org.jiceng.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;

import org.junit.jupiter.api.Test;

class ModuleDeclarationTest {
    @Test
    void readsTheOneHeaderJicengModuleWrites() {
        Hashtable<String, String> h = new Hashtable<>();
        h.put(ModuleHeaders.MODULE, "xingning-term-reminders;table-prefix=xtr;origin=441481;name-zh=\"按期换届提醒督促\";name-en=\"Term expiry; reminders\"");
        ModuleDeclaration d = ModuleDeclaration.of(h).orElseThrow();
        assertEquals(new ModuleDeclaration("xingning-term-reminders", "xtr", "441481", "按期换届提醒督促", "Term expiry; reminders"), d);
    }

    @Test
    void readsTheSeparateHeadersOfModulesBuiltAgainstApi11() {
        Hashtable<String, String> h = new Hashtable<>();
        h.put(ModuleHeaders.ID, "xiajiang-three-members");
        h.put(ModuleHeaders.NAME_ZH, "三员");
        h.put(ModuleHeaders.NAME_EN, "Three members");
        h.put(ModuleHeaders.ORIGIN, "360823");
        ModuleDeclaration d = ModuleDeclaration.of(h).orElseThrow();
        assertEquals("xiajiang-three-members", d.id());
        assertEquals("360823", d.origin());
        assertNull(d.tablePrefix(), "no prefix declared, so none is checked");
    }

    @Test
    void aBundleWithoutOrWithAnInvalidIdIsNoModule() {
        assertTrue(ModuleDeclaration.of(new Hashtable<>()).isEmpty());
        Hashtable<String, String> h = new Hashtable<>();
        h.put(ModuleHeaders.MODULE, "Not A Module;table-prefix=x");
        assertTrue(ModuleDeclaration.of(h).isEmpty());
    }
}
