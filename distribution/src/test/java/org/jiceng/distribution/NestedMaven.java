package org.jiceng.distribution;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Maven run inside a test, as a county developer would run it, that needs no network and no
 * {@code mvn install} of this build: its local repository is a fresh folder, seeded with the
 * artifacts this build made (they are not in any repository during {@code mvn verify}), and it
 * reads first from the outer build's local repository as a {@code file:} repository, which holds
 * every plugin and library this build used; what that lacks (a plugin the archetype plugin pulls
 * in that the outer build never needed) comes from the default remote as for any build.
 */
final class NestedMaven {
    private final Path executable;
    private final Path localRepository;
    private final Path settings;
    private final Path logs;

    private NestedMaven(Path executable, Path work, Path outerRepository) throws IOException {
        this.executable = executable;
        this.localRepository = work.resolve("repository");
        this.settings = work.resolve("settings.xml");
        this.logs = work;
        Files.createDirectories(localRepository);
        // A repository, not a mirror of everything: a fresh CI machine's local repository holds only
        // what the outer build needed, and the nested build may need a little more.
        Files.writeString(settings, """
                <settings>
                  <localRepository>%1$s</localRepository>
                  <profiles>
                    <profile>
                      <id>outer-build</id>
                      <repositories>
                        <repository>
                          <id>outer-build</id>
                          <url>%2$s</url>
                          <releases><enabled>true</enabled></releases>
                          <snapshots><enabled>true</enabled></snapshots>
                        </repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository>
                          <id>outer-build</id>
                          <url>%2$s</url>
                          <releases><enabled>true</enabled></releases>
                          <snapshots><enabled>true</enabled></snapshots>
                        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>outer-build</activeProfile>
                  </activeProfiles>
                </settings>
                """.formatted(localRepository, outerRepository.toUri()), StandardCharsets.UTF_8);
    }

    /**
     * Maven in {@code work}, or empty when there is no Maven to run: neither {@code maven.home}
     * (passed by the build that runs the test) nor {@code mvn} on the PATH.
     */
    static Optional<NestedMaven> in(Path work, Path outerRepository) throws IOException {
        Optional<Path> mvn = executable();
        if (mvn.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NestedMaven(mvn.get(), work, outerRepository));
    }

    private static Optional<Path> executable() {
        String home = System.getProperty("maven.home");
        if (home != null && !home.isBlank()) {
            Path mvn = Path.of(home, "bin", "mvn");
            if (Files.isExecutable(mvn)) {
                return Optional.of(mvn);
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path mvn = Path.of(dir, "mvn");
                if (!dir.isBlank() && Files.isExecutable(mvn)) {
                    return Optional.of(mvn);
                }
            }
        }
        return Optional.empty();
    }

    /** Puts an artifact into the local repository, as {@code install:install-file} would, without a Maven run per file. */
    void seed(String groupId, String artifactId, String version, Path pom, Path jar) {
        Path dir = localRepository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
        String base = artifactId + "-" + version;
        try {
            Files.createDirectories(dir);
            Files.copy(required(pom), dir.resolve(base + ".pom"), StandardCopyOption.REPLACE_EXISTING);
            if (jar != null) {
                Files.copy(required(jar), dir.resolve(base + ".jar"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path required(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: build the bundles first (mvn install, or mvn verify from the root)");
        }
        return file;
    }

    /**
     * Runs {@code mvn -B <arguments>} in {@code dir} and returns how long it took; fails with the end
     * of its output when it does not succeed within {@code timeout}. The whole output is kept in
     * {@code <name>.log} beside the repository.
     */
    Duration run(String name, Path dir, Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-B", "-s", settings.toString()));
        command.addAll(List.of(arguments));
        Path log = logs.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // Short-lived JVM: the C1 compiler alone starts Maven noticeably faster on a small machine.
        pb.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1");
        long t0 = System.nanoTime();
        try {
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("mvn " + name + " did not finish within " + timeout + ":\n" + tail(log));
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("mvn " + name + " failed (exit " + p.exitValue() + "):\n" + tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /**
     * Whether the run {@code name} failed for want of a plugin or library it could not download (no
     * network, no repository that has it) rather than for a failure of its own: a test then reports
     * itself skipped, with this reason, instead of failing or passing.
     */
    Optional<String> unresolved(String name) {
        try {
            for (String line : Files.readAllLines(logs.resolve(name + ".log"), StandardCharsets.UTF_8)) {
                if (line.contains("[ERROR]") && (line.contains("could not be resolved") || line.contains("Could not resolve")
                        || line.contains("Could not transfer") || line.contains("Unknown host") || line.contains("Non-resolvable"))) {
                    return Optional.of(line.replace("[ERROR]", "").strip());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())) + "\n(whole output: " + log + ")";
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }
}
