package org.jiceng.core.rest.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The gate waits for exactly the JAX-RS resources this bundle declares: one forgotten would open it too early, one too many never. */
class RestApplicationGateTest {
    private static final Pattern PROVIDED = Pattern.compile("<provide interface=\"([^\"]+)\"");

    @Test
    void theGateWaitsForEveryResourceComponentOfTheBundleAndNoOther() throws IOException, URISyntaxException {
        Path classes = Path.of(RestApplicationGate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path descriptions = classes.resolve("OSGI-INF");
        assertTrue(Files.isDirectory(descriptions), "the build writes the bundle's component descriptions to " + descriptions);
        Set<String> declared;
        try (Stream<Path> files = Files.list(descriptions)) {
            declared = files.filter(f -> f.toString().endsWith(".xml")).map(RestApplicationGateTest::read)
                    .filter(xml -> xml.contains("name=\"osgi.jaxrs.resource\"") && xml.contains("value=\"true\""))
                    .flatMap(xml -> {
                        Matcher m = PROVIDED.matcher(xml);
                        return m.results().map(r -> r.group(1));
                    }).collect(Collectors.toSet());
        }
        assertTrue(declared.size() >= 20, "the core's resources were found: " + declared);
        assertEquals(declared, RestApplicationGate.RESOURCES);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
