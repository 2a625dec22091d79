package org.jiceng.core.console.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleFilesTest {
    @TempDir
    Path folder;

    @Test
    void theRootIsTheIndexAndNamesStayInsideTheConsole() {
        assertEquals("index.html", ConsoleFiles.nameOf(null));
        assertEquals("index.html", ConsoleFiles.nameOf(""));
        assertEquals("index.html", ConsoleFiles.nameOf("/"));
        assertEquals("js/app.js", ConsoleFiles.nameOf("/js/app.js"));
        assertEquals("console.css", ConsoleFiles.nameOf("/console.css"));
        for (String outside : new String[]{"/../etc/passwd.js", "/js/../../x.css", "/./index.html", "/js//app.js", "/js/",
                "/.hidden.js", "/js\\app.js", "/README", "/app.class", "/META-INF/MANIFEST.MF"}) {
            assertNull(ConsoleFiles.nameOf(outside), outside);
        }
    }

    @Test
    void filesAreTypedAndTaggedByTheirContentAndReadOnce() throws IOException {
        Files.createDirectories(folder.resolve("js"));
        Files.writeString(folder.resolve("js/app.js"), "export const a = 1;");
        Files.writeString(folder.resolve("index.html"), "<!doctype html>");
        List<String> reads = new ArrayList<>();
        ConsoleFiles files = new ConsoleFiles(name -> {
            reads.add(name);
            Path p = folder.resolve(name);
            try {
                return Files.exists(p) ? p.toUri().toURL() : null;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        ConsoleFiles.File js = files.find("/js/app.js").orElseThrow();
        assertEquals("text/javascript; charset=UTF-8", js.contentType());
        assertArrayEquals(ConsoleFiles.utf8("export const a = 1;"), js.bytes());
        ConsoleFiles.File index = files.find("/").orElseThrow();
        assertEquals("text/html; charset=UTF-8", index.contentType());
        assertNotEquals(js.etag(), index.etag());
        assertTrue(js.etag().startsWith("\"") && js.etag().endsWith("\""), js.etag());
        assertTrue(files.find("/missing.js").isEmpty());
        files.find("/js/app.js");
        files.find("/missing.js");
        assertEquals(List.of("js/app.js", "index.html", "missing.js", "missing.js"), reads,
                "each file is read from the bundle once; a missing one is looked up each time");
        for (int i = 0; i < 1000; i++) {
            assertTrue(files.find("/made-up-" + i + ".js").isEmpty());
        }
        assertEquals(2, files.keptCount(), "names the console lacks are not remembered");
    }

    @Test
    void theSameBytesGiveTheSameTag() {
        assertEquals(ConsoleFiles.etagOf(ConsoleFiles.utf8("x")), ConsoleFiles.etagOf(ConsoleFiles.utf8("x")));
        assertNotEquals(ConsoleFiles.etagOf(ConsoleFiles.utf8("x")), ConsoleFiles.etagOf(ConsoleFiles.utf8("y")));
    }

}
