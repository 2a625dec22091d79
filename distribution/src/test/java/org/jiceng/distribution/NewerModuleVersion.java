package org.jiceng.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A newer release of a shipped module, as regional IT receives one: the module's bundle with a higher
 * {@code Bundle-Version} in the server's {@code system/} repository and a feature repository naming it,
 * added with {@code feature:repo-add}. Closing it puts the module back at the version it had (when
 * the newer one was installed) and removes the repository.
 */
final class NewerModuleVersion implements AutoCloseable {
    private final JicengServer server;
    private final String feature;
    private final String shippedFeatureVersion;
    private final Path bundleFolder;
    private final Path repository;
    final String version;

    private NewerModuleVersion(JicengServer server, String feature, String shippedFeatureVersion, Path bundleFolder, Path repository,
            String version) {
        this.server = server;
        this.feature = feature;
        this.shippedFeatureVersion = shippedFeatureVersion;
        this.bundleFolder = bundleFolder;
        this.repository = repository;
        this.version = version;
    }

    /**
     * Publishes the module's bundle again as {@code version} (the same code: what changes is what the server
     * sees) and adds a repository whose {@code jiceng-<module>} feature brings it.
     *
     * @param artifactId the module bundle's artifact id, {@code org.jiceng.module.…}
     * @param shippedFeatureVersion the version of the module's feature the distribution ships
     */
    static NewerModuleVersion publish(JicengServer server, String moduleId, String artifactId, String shippedFeatureVersion, String version) {
        try {
            Path artifactFolder = server.home.resolve("system/org/jiceng").resolve(artifactId);
            Path shipped;
            try (Stream<Path> jars = Files.walk(artifactFolder)) {
                shipped = jars.filter(p -> p.toString().endsWith(".jar") && !p.startsWith(artifactFolder.resolve(version))).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no bundle of " + artifactId + " in " + artifactFolder));
            }
            Path folder = Files.createDirectories(artifactFolder.resolve(version));
            rewriteVersion(shipped, folder.resolve(artifactId + "-" + version + ".jar"), version);
            String feature = "jiceng-" + moduleId;
            Path repository = Files.createTempFile("jiceng-newer-" + moduleId, "-features.xml");
            Files.writeString(repository, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <features name="%1$s-%2$s" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                      <feature name="%1$s" version="%2$s" description="%1$s, a newer release">
                        <feature>jiceng-core</feature>
                        <bundle>mvn:org.jiceng/%3$s/%2$s</bundle>
                      </feature>
                    </features>
                    """.formatted(feature, version, artifactId));
            server.shell("feature:repo-add " + repository.toUri());
            return new NewerModuleVersion(server, feature, shippedFeatureVersion, folder, repository, version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rewriteVersion(Path from, Path to, String version) throws IOException {
        try (JarFile jar = new JarFile(from.toFile()); OutputStream file = Files.newOutputStream(to)) {
            Manifest manifest = new Manifest(jar.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version);
            try (JarOutputStream out = new JarOutputStream(file, manifest)) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME) || entry.getName().equalsIgnoreCase("META-INF/")) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream in = jar.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
    }

    @Override
    public void close() {
        if (server.shell("feature:list -i").lines().anyMatch(l -> l.startsWith(feature + " ") && l.contains(version))) {
            server.shell("feature:install --no-auto-refresh --upgrade " + feature + "/" + shippedFeatureVersion);
        }
        server.shell("feature:repo-remove " + repository.toUri());
        try {
            Files.deleteIfExists(repository);
            try (Stream<Path> files = Files.walk(bundleFolder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
