package org.jiceng.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built distribution, copied to a work folder, configured for the database under test and
 * started as a separate process, once per test JVM. Tests talk to it over HTTP, SOAP and
 * {@code bin/client}, as an operator or another system would.
 */
final class JicengServer {
    private static JicengServer instance;
    private static RuntimeException startFailure;

    final Path home;
    /** The PostgreSQL URL the server's data source is given (a node's may go through a relay). */
    private final String pgUrl;
    final int httpPort;
    final int httpsPort;
    final int sshPort;
    final String database;
    final long startMillis;
    private Process process;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The one server of this test JVM; a failed start is reported to every test class, not retried. */
    static synchronized JicengServer get() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (instance == null) {
            try {
                instance = new JicengServer();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    private JicengServer() {
        this(Path.of(System.getProperty("jiceng.it.workdir", "target/it-h2")));
    }

    /**
     * Another node of the same system: a copy of the distribution of its own (home, ports, data
     * folder, node name) over the database of the test JVM's server. Only PostgreSQL can be shared;
     * the caller stops it.
     */
    static JicengServer node(String name) {
        return node(name, System.getProperty("jiceng.it.pg.url"));
    }

    /** A node as {@link #node(String)} that reaches the database by {@code pgUrl} (through a relay a test can cut). */
    static JicengServer node(String name, String pgUrl) {
        if (!"postgresql".equals(System.getProperty("jiceng.it.db", "h2"))) {
            throw new IllegalStateException("nodes share a PostgreSQL database; the embedded H2 is one process's");
        }
        return new JicengServer(Path.of(System.getProperty("jiceng.it.workdir", "target/it-h2") + "-" + name), pgUrl);
    }

    private JicengServer(Path home) {
        this(home, System.getProperty("jiceng.it.pg.url"));
    }

    private JicengServer(Path home, String pgUrl) {
        this.pgUrl = pgUrl;
        try {
            Path assembly = Path.of(System.getProperty("jiceng.it.assembly", "target/assembly"));
            this.home = home;
            database = System.getProperty("jiceng.it.db", "h2");
            deleteTree(home);
            copyTree(assembly, home);
            httpPort = freePort();
            httpsPort = freePort();
            sshPort = freePort();
            configure();
            long millis = launch();
            if (!knowsModuleFeatures()) {
                // Seen once, on a CI run's first boot against PostgreSQL: Karaf's features service started twice
                // (two "Adding features: wrap" at boot, FeaturesServiceMBean InstanceAlreadyExists in karaf.log) and the
                // instance left knew no module feature, so every feature:install of a module failed for the whole run.
                // The server is started once more; a restart reads the repositories again.
                System.out.printf("WARNING: Jiceng (%s) knows no module feature after its first start (see karaf.log); starting it again%n",
                        database);
                stop();
                millis = launch();
                if (!knowsModuleFeatures()) {
                    throw new IllegalStateException("The features service knows no module feature after a restart either: see "
                            + home.resolve("data/log/karaf.log"));
                }
            }
            startMillis = millis;
            System.out.printf("Jiceng (%s) up on ports %d (HTTP), %d (HTTPS) in %d ms%n", database, httpPort, httpsPort, startMillis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the first start of this server looked like from outside, request by request. */
    StartupProbe.Timeline firstStart;
    /** The same for the latest start (the first one or a restart). */
    StartupProbe.Timeline lastStart;

    /**
     * Starts Karaf on the prepared home and waits until {@code /health/ready} answers 200, polling
     * it and the API from the moment the process is started; returns the milliseconds it took.
     */
    private long launch() throws IOException {
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        process = pb.start();
        try {
            lastStart = new StartupProbe(this, process).untilReady(Duration.ofSeconds(300));
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        if (firstStart == null) {
            firstStart = lastStart;
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * Stops the server, runs {@code whileStopped} (e.g. edits the database files as an intruder
     * with file access would) and starts it again on the same home, ports and data.
     */
    synchronized void restart(Runnable whileStopped) {
        stop();
        whileStopped.run();
        try {
            long millis = launch();
            System.out.printf("Jiceng (%s) restarted in %d ms%n", database, millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kills the server JVM with SIGKILL, as a crash or the OOM killer would: no shutdown hook, no
     * database close. Then starts it again on the same home, ports and data.
     */
    synchronized void killAndRestart() {
        ProcessHandle jvm = jvm().orElseThrow(() -> new IllegalStateException("no server JVM to kill"));
        jvm.destroyForcibly();
        try {
            jvm.onExit().get(60, TimeUnit.SECONDS);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("bin/karaf did not end after its JVM was killed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the killed JVM did not end", e);
        }
        try {
            long millis = launch();
            System.out.printf("Jiceng (%s) restarted after kill -9 in %d ms%n", database, millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the server JVM with SIGKILL and leaves it down, as a node lost in a cluster. */
    synchronized void kill() {
        ProcessHandle jvm = jvm().orElseThrow(() -> new IllegalStateException("no server JVM to kill"));
        jvm.destroyForcibly();
        try {
            jvm.onExit().get(60, TimeUnit.SECONDS);
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the killed JVM did not end", e);
        }
    }

    /** Starts a server that was killed ({@link #kill}) again on the same home, ports and data. */
    synchronized void startAgain() {
        try {
            long millis = launch();
            System.out.printf("Jiceng (%s) at %s started again in %d ms%n", database, home.getFileName(), millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JDBC URL of the server's database; an H2 file database can only be opened while the server is stopped. */
    String jdbcUrl() {
        if ("postgresql".equals(database)) {
            return System.getProperty("jiceng.it.pg.url");
        }
        return "jdbc:h2:file:" + home.resolve("data/jiceng/jiceng").toAbsolutePath();
    }

    String jdbcUser() {
        return "postgresql".equals(database) ? System.getProperty("jiceng.it.pg.user") : "jiceng";
    }

    String jdbcPassword() {
        return "postgresql".equals(database) ? System.getProperty("jiceng.it.pg.password") : "";
    }

    private void configure() throws IOException {
        // Plain HTTP is the loopback connector of jetty.xml; HTTPS is Pax Web's own.
        replaceInFile("etc/jetty.xml", "name=\"jiceng.http.port\" default=\"8181\"", "name=\"jiceng.http.port\" default=\"" + httpPort + "\"");
        replaceInFile("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure = 8443", "org.osgi.service.http.port.secure = " + httpsPort);
        replaceInFile("etc/org.apache.karaf.shell.cfg", "sshPort = 8101", "sshPort = " + sshPort);
        replaceInFile("etc/org.apache.karaf.management.cfg", "rmiRegistryPort = 1099", "rmiRegistryPort = " + freePort());
        replaceInFile("etc/org.apache.karaf.management.cfg", "rmiServerPort = 44444", "rmiServerPort = " + freePort());
        // The embedded database's upkeep at DEBUG from the first start (every step, rest and wake in karaf.log), for
        // EmbeddedDatabaseUpkeepIT to show what the steps did. Set here, not with log:set on the running server: a
        // log:set there once left the logging configuration empty (etc/org.ops4j.pax.logging.cfg down to its header),
        // and karaf.log silent for every test after it.
        Files.writeString(home.resolve("etc/org.ops4j.pax.logging.cfg"),
                "\nlog4j2.logger.jicengembedded.name = org.jiceng.core.embedded\nlog4j2.logger.jicengembedded.level = DEBUG\n",
                StandardOpenOption.APPEND);
        if ("postgresql".equals(database)) {
            // Exactly what the README tells an operator to do: edit the one data source file.
            Path cfg = home.resolve("etc/org.ops4j.datasource-jiceng.cfg");
            String text = Files.readString(cfg)
                    .replace("osgi.jdbc.driver.class = org.h2.Driver", "osgi.jdbc.driver.class = org.postgresql.Driver")
                    .replaceAll("(?m)^url = .*$", "url = " + withPgOptions(pgUrl))
                    .replace("user = jiceng", "user = " + System.getProperty("jiceng.it.pg.user") + "\npassword = "
                            + System.getProperty("jiceng.it.pg.password"));
            Files.writeString(cfg, text);
        }
    }

    /**
     * What the README's PostgreSQL URL carries: plans made for each execution's own values, never one generic plan
     * per prepared statement (a subtree filter matches 20 members or 4,000,000 depending on its code); a batch of
     * inserts sent as multi-row inserts.
     */
    static String withPgOptions(String url) {
        return url + (url.contains("?") ? "&" : "?") + "options=-c%20plan_cache_mode%3Dforce_custom_plan&reWriteBatchedInserts=true";
    }

    private void replaceInFile(String relative, String from, String to) throws IOException {
        Path file = home.resolve(relative);
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(relative + " has no line '" + from + "'");
        }
        Files.writeString(file, text.replace(from, to));
    }

    /** The demo profile's accounts (README, "Accounts and roles"): one password for all. */
    static final String ADMIN = "admin";
    static final String DEMO_PASSWORD = "jiceng-demo";

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    /** The HTTPS address, by the name the generated certificate carries. */
    URI secureUri(String path) {
        return URI.create("https://localhost:" + httpsPort + path);
    }

    private HttpClient https;

    /** A client that trusts exactly this installation's generated certificate (etc/keystore.p12), nothing else. */
    synchronized HttpClient https() {
        if (https == null) {
            try {
                java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
                try (java.io.InputStream in = Files.newInputStream(home.resolve("etc/keystore.p12"))) {
                    keys.load(in, keystorePassword().toCharArray());
                }
                java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
                trust.load(null, null);
                trust.setCertificateEntry("jiceng", keys.getCertificate("jiceng"));
                javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory
                        .getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trust);
                javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
                tls.init(null, tmf.getTrustManagers(), null);
                https = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return https;
    }

    /** The keystore password bin/setenv generated into the Pax Web configuration on first start. */
    String keystorePassword() throws IOException {
        for (String line : Files.readAllLines(home.resolve("etc/org.ops4j.pax.web.cfg"))) {
            if (line.startsWith("org.ops4j.pax.web.ssl.keystore.password")) {
                return line.substring(line.indexOf('=') + 1).trim();
            }
        }
        throw new IllegalStateException("no keystore password in etc/org.ops4j.pax.web.cfg");
    }

    void waitFor(String path, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + "; see " + home.resolve("console.log"));
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(uri(path)).header("Authorization", basic(ADMIN, DEMO_PASSWORD)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException("No 200 from " + path + " within " + timeout + "; see " + home.resolve("data/log/karaf.log"));
    }

    /** Whether {@code feature:list} shows the county features (asked up to three times: a shell session may fail to connect). */
    private boolean knowsModuleFeatures() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (shell("feature:list").contains("jiceng-county-xingning")) {
                return true;
            }
            sleep(1000);
        }
        return false;
    }

    /** Runs a Karaf shell command through bin/client, as an operator would, and returns its output. */
    String shell(String command) {
        return shellAs(ADMIN, DEMO_PASSWORD, command);
    }

    /**
     * Sets one configuration property through the shell and reads it back, repeating the command when
     * the read-back does not show it: a shell session that failed to connect prints its failure and
     * changes nothing, which a test would otherwise only notice as the setting having no effect.
     */
    void setProperty(String pid, String key, String value) {
        String shown = "";
        for (int attempt = 1; attempt <= 3; attempt++) {
            // quoted: a value with spaces (a cron expression) is one argument of the shell
            String set = shell("config:property-set -p " + pid + " " + key + " \"" + value + "\"");
            shown = shell("config:property-get -p " + pid + " " + key);
            if (shown.strip().equals(value)) {
                return;
            }
            shown = set + " / " + shown;
        }
        throw new IllegalStateException(pid + " " + key + " is not " + value + " after three attempts: " + shown);
    }

    /** Runs a shell command logged in as another account (only admins get a shell). */
    String shellAs(String user, String password, String command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort), "-h", "127.0.0.1",
                    "-u", user, "-p", password, "-r", "5", "-d", "2", command).directory(home.toFile()).redirectErrorStream(true);
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("bin/client did not finish: " + command);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The lines of karaf.log holding {@code contains}, oldest first, the rolled files' included: the log rolls at
     * 16 MB into karaf.log.1, .2 … (a higher number is newer), and a test must not find a line or miss one by
     * how much the tests before it logged.
     */
    List<String> logLines(String contains) {
        Path logs = home.resolve("data/log");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> rolled = Files.list(logs)) {
            rolled.filter(f -> f.getFileName().toString().matches("karaf\\.log\\.\\d+"))
                    .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString().substring("karaf.log.".length()))))
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(logs.resolve("karaf.log"));
        List<String> result = new ArrayList<>();
        for (Path file : files) {
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                lines.filter(l -> l.contains(contains)).forEach(result::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    /** The server JVM (bin/karaf starts java as a child of the script). */
    ProcessHandle java() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no server JVM"));
    }

    /** Resident memory of the server JVM. */
    long rssKilobytes() {
        return jvm().map(p -> {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException e) {
                // not Linux
            }
            return -1L;
        }).orElse(-1L);
    }

    /** The server JVM: bin/karaf starts java as a child of the script. */
    private java.util.Optional<ProcessHandle> jvm() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst();
    }

    /**
     * Stops Karaf and every process it started. bin/karaf runs java as a child and does not pass
     * signals on, so the JVM is found first and stopped directly; otherwise it would outlive the test.
     */
    synchronized void stop() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle p : tree) {
            while (p.isAlive() && System.nanoTime() < deadline) {
                sleep(100);
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** A GET as the demo admin, its bytes and headers as they came (exports, documents). */
    HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(ADMIN, DEMO_PASSWORD)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the condition holds (every 20 ms); returns the milliseconds it took, fails after {@code max}. */
    static long until(java.util.function.BooleanSupplier condition, Duration max) {
        long t0 = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - t0 > max.toNanos()) {
                throw new AssertionError("not within " + max);
            }
            sleep(20);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ports handed out by this JVM: never twice, though a stopped server no longer holds its own. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    /** The first port of the system's ephemeral range, read once. */
    private static final int EPHEMERAL_LOW = ephemeralRangeLow();

    /**
     * A port free now and below the system's ephemeral range. A port the system picks itself (bind to 0) comes from that
     * range, which outgoing connections draw from too: once, a restarted server found its HTTP port taken by some client's
     * connection ("Failed to bind to /0.0.0.0:42371") and never became ready again, failing every class after it.
     */
    static int freePort() throws IOException {
        int from = Math.max(1024, EPHEMERAL_LOW - 12_000);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200 && from < EPHEMERAL_LOW; attempt++) {
            int port = random.nextInt(from, EPHEMERAL_LOW);
            if (HANDED_OUT.contains(port)) {
                continue;
            }
            try (ServerSocket s = new ServerSocket(port)) {
                if (HANDED_OUT.add(port)) {
                    return s.getLocalPort();
                }
            } catch (IOException taken) {
                // another process listens there: try another
            }
        }
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The first port of Linux's ephemeral range (32768 when it cannot be read). */
    private static int ephemeralRangeLow() {
        try {
            // read as lines: Files.readString trusts the size /proc reports and returned only "3" of "32768\t60999"
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        for (Path script : List.of(to.resolve("bin/karaf"), to.resolve("bin/client"), to.resolve("bin/inc"))) {
            if (Files.exists(script)) {
                script.toFile().setExecutable(true);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
