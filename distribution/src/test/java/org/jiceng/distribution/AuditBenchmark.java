package org.jiceng.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the audit trail costs a write, on the running distribution in one run: N concurrent clients
 * update organizations (PUT with the version they read, one organization each) for a fixed time
 * with auditing on, then off (configuration {@code org.jiceng.audit}, {@code enabled=false}, set
 * through the shell), alternating over several rounds after a warm-up so that drift (JIT, other
 * load on the machine, database growth) does not favour either side. Prints requests/s both ways
 * (mean of the rounds) and their ratio;
 * asserts nothing. Run with
 * {@code mvn -B -f distribution/pom.xml test-compile exec:exec@audit-benchmark} after an install
 * ({@code -Dbenchmark.clients=N -Dbenchmark.seconds=S}).
 */
public final class AuditBenchmark {
    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 8);
        int seconds = Integer.getInteger("seconds", 20);
        int rounds = Integer.getInteger("rounds", 3);
        JicengServer server = JicengServer.get();
        Api api = new Api(server);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<ObjectNode> organizations = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                ObjectNode o = Api.object().put("name", "审计基准党支部" + i).put("type", "BRANCH").put("field", "ORGAN")
                        .put("jurisdictionCode", "441481").put("termStart", "2024-01-01").put("termEnd", "2029-01-01").put("starRating", 1);
                JsonNode created = api.post("/organizations", o).json();
                organizations.add(o.put("id", created.get("id").asLong()).put("version", created.get("version").asLong()));
            }
            run(api, pool, organizations, 60, "warm-up");
            double on = 0;
            double off = 0;
            for (int round = 1; round <= rounds; round++) {
                on += run(api, pool, organizations, seconds, "audit on  #" + round);
                switchAudit(server, api, false);
                off += run(api, pool, organizations, seconds, "audit off #" + round);
                switchAudit(server, api, true);
            }
            on /= rounds;
            off /= rounds;
            JsonNode verify = api.get("/audit/verify").json();
            System.out.printf("Audit cost on a write (%d clients, PUT /organizations/{id}, %d rounds of %d s on / %d s off, %s): "
                    + "audit on %.1f req/s, off %.1f req/s = %.2fx, %.0f%% of the throughput kept; chain %s with %,d entries%n", clients, rounds,
                    seconds, seconds, server.database, on, off, off / on, 100 * on / off, verify.get("valid").asBoolean() ? "valid" : "BROKEN",
                    verify.get("entriesChecked").asLong());
        } finally {
            pool.shutdownNow();
            server.stop();
        }
    }

    /** Each client updates its own organization in a loop for {@code seconds}; returns successful writes per second. */
    private static double run(Api api, ExecutorService pool, List<ObjectNode> organizations, int seconds, String label) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> futures = new ArrayList<>();
        for (ObjectNode o : organizations) {
            futures.add(pool.submit(() -> {
                int rating = 1;
                while (System.nanoTime() < end) {
                    rating = rating % 5 + 1;
                    Api.Reply r = api.put("/organizations/" + o.get("id").asLong(), o.put("starRating", rating));
                    if (r.status() == 200) {
                        o.put("version", r.json().get("version").asLong());
                        done.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        o.put("version", api.get("/organizations/" + o.get("id").asLong()).json().get("version").asLong());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double rate = done.get() / (double) seconds;
        System.out.printf("  %-15s %,7d writes in %d s = %.1f req/s (%d failed)%n", label, done.get(), seconds, rate, failed.get());
        return rate;
    }

    /** Sets the configuration through the shell, as an operator would, and waits for the switch entry in the trail. */
    private static void switchAudit(JicengServer server, Api api, boolean enabled) {
        server.shell("config:property-set -p org.jiceng.audit enabled " + enabled);
        String expected = enabled ? "AUDIT_ENABLED" : "AUDIT_DISABLED";
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode last = api.get("/audit?entity=AuditConfiguration&size=1").json().at("/items/0/action");
            if (expected.equals(last.asText())) {
                return;
            }
            JicengServer.sleep(200);
        }
        throw new IllegalStateException("the audit switch to " + enabled + " was not recorded");
    }
}
