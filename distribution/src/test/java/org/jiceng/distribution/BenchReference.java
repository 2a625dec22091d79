package org.jiceng.distribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The limit the benchmarks measure against: {@code org.jiceng.bench.reference}, bare servlets in the same
 * Karaf and Jetty doing the same work with plain JDBC, installed into the running server by the benchmark
 * alone (the distribution never ships it). Its jar is {@code -Dreference.bundle}.
 */
final class BenchReference {
    private BenchReference() {
    }

    /** Fails before the server starts when the bundle was not built. */
    static Path bundle() {
        Path bundle = Path.of(System.getProperty("reference.bundle", ""));
        if (!Files.isRegularFile(bundle)) {
            throw new IllegalStateException("Build the reference bundle first (mvn install): " + bundle.toAbsolutePath());
        }
        return bundle;
    }

    /** Installs and starts the bundle and waits until its servlets answer. */
    static void install(JicengServer server, Path bundle) {
        server.shell("bundle:install -s " + bundle.toUri());
        server.waitFor("/bench/reference/members?jurisdiction=441481", Duration.ofSeconds(60));
    }
}
