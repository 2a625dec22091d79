package org.jiceng.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a durable commit costs the embedded H2, in one run: N clients create problems
 * ({@code POST /problems}) for a fixed time with the shipped setting ({@code WRITE_DELAY=0}: each
 * commit is written to the file before it returns) and with H2's default (commits written by a
 * background thread up to 500 ms later), alternating over rounds after a warm-up; after each
 * measurement the clients keep writing and the server JVM is killed with SIGKILL, restarted on
 * the same data, and every acknowledged problem is looked up by id. Prints writes/s both ways,
 * their ratio, and acknowledged vs present after each kill; asserts nothing. On PostgreSQL
 * ({@code -Djiceng.it.db=postgresql}) it measures the shipped configuration only. Run with
 * {@code mvn -B -f distribution/pom.xml test-compile exec:exec@durability-benchmark} after an
 * install ({@code -Dbenchmark.clients=N -Dbenchmark.seconds=S}).
 */
public final class DurabilityBenchmark {
    private static final String DURABLE = ";WRITE_DELAY=0";

    private DurabilityBenchmark() {
    }

    record Setting(String name, boolean durable) {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 4);
        int seconds = Integer.getInteger("seconds", 15);
        int rounds = Integer.getInteger("rounds", 2);
        if (!"postgresql".equals(System.getProperty("jiceng.it.db", "h2"))) {
            H2Commits.compare(clients, seconds, 3);
        }
        JicengServer server = JicengServer.get();
        Api api = new Api(server);
        boolean h2 = "h2".equals(server.database);
        List<Setting> settings = h2
                ? List.of(new Setting("WRITE_DELAY=0 (shipped)", true), new Setting("H2 default (500 ms)", false))
                : List.of(new Setting("PostgreSQL, synchronous_commit on", true));
        double[] rate = new double[settings.size()];
        long[] acknowledged = new long[settings.size()];
        long[] present = new long[settings.size()];
        try {
            write(api, clients, 30, "warm-up");
            for (int round = 1; round <= rounds; round++) {
                for (int i = 0; i < settings.size(); i++) {
                    Setting s = settings.get(i);
                    if (h2) {
                        server.restart(() -> configure(server.home, s.durable()));
                        write(api, clients, 10, "warm-up after restart");
                    }
                    rate[i] += write(api, clients, seconds, s.name() + " #" + round);
                    long[] kill = writeAndKill(server, api, clients, seconds / 3);
                    acknowledged[i] += kill[0];
                    present[i] += kill[1];
                    System.out.printf("  %s #%d: kill -9 during writes: %d acknowledged, %d present after the restart%n", s.name(), round,
                            kill[0], kill[1]);
                }
            }
            System.out.printf("Durability (%s, %d clients, POST /problems, %d rounds of %d s):%n", server.database, clients, rounds, seconds);
            for (int i = 0; i < settings.size(); i++) {
                System.out.printf("  %-34s %8.1f writes/s; after kill -9: %d of %d acknowledged writes present (%d lost)%n",
                        settings.get(i).name(), rate[i] / rounds, present[i], acknowledged[i], acknowledged[i] - present[i]);
            }
            if (h2) {
                System.out.printf("  durable / default throughput: %.2f (%.0f %% of the default's writes/s kept)%n", rate[0] / rate[1],
                        100 * rate[0] / rate[1]);
                server.restart(() -> configure(server.home, true));
            }
        } finally {
            server.stop();
        }
    }

    /** Writes the H2 URL with or without {@code WRITE_DELAY=0} while the server is stopped. */
    static void configure(Path home, boolean durable) {
        Path cfg = home.resolve("etc/org.ops4j.datasource-jiceng.cfg");
        try {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(cfg)) {
                if (line.startsWith("url = jdbc:h2:")) {
                    line = line.replace(DURABLE, "") + (durable ? DURABLE : "");
                }
                lines.add(line);
            }
            Files.write(cfg, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** N clients create problems for {@code seconds}; returns acknowledged writes per second. */
    private static double write(Api api, int clients, int seconds, String label) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                for (int n = 0; System.nanoTime() < end; n++) {
                    Api.Reply r = api.post("/problems", DurabilityIT.problem("benchmark " + label + " " + client + "-" + n));
                    if (r.status() != 201) {
                        throw new IllegalStateException(r.toString());
                    }
                    done.incrementAndGet();
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double perSecond = done.get() / (double) seconds;
        System.out.printf("  %-40s %8.1f writes/s%n", label, perSecond);
        return perSecond;
    }

    /** Clients write for {@code seconds}, then the JVM is killed under them; returns {acknowledged, present after the restart}. */
    private static long[] writeAndKill(JicengServer server, Api api, int clients, int seconds) throws InterruptedException {
        List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean over = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                for (int n = 0; !over.get(); n++) {
                    try {
                        Api.Reply r = api.post("/problems", DurabilityIT.problem("kill " + client + "-" + n));
                        if (r.status() == 201) {
                            acknowledged.add(r.json().get("id").asLong());
                        }
                    } catch (RuntimeException e) {
                        return; // the server is gone
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(seconds * 1000L);
        server.killAndRestart();
        over.set(true);
        for (Thread t : threads) {
            t.join();
        }
        List<Long> ids;
        synchronized (acknowledged) {
            ids = List.copyOf(acknowledged);
        }
        long present = ids.stream().filter(id -> api.get("/problems/" + id).status() == 200).count();
        return new long[]{ids.size(), present};
    }
}
