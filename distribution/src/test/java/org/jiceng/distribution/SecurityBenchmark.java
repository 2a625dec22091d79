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
 * What authentication and authorization cost on a write, on the running distribution, in one run:
 * the same optimistic-locked organization update sent by concurrent clients as
 * <ul>
 * <li>an admin with HTTP Basic (authentication from the verified-password cache, role check only:
 * the baseline),</li>
 * <li>a county operator with HTTP Basic (plus the scope checks: the addressed organization and
 * the body's references resolved to jurisdictions and compared with the operator's subtree),</li>
 * <li>the same operator with a bearer token (signature instead of the password cache),</li>
 * </ul>
 * and the price of one uncached password check (PBKDF2). Prints figures; asserts nothing. Run with
 * {@code mvn -B -f distribution/pom.xml test-compile exec:exec@security-benchmark} after an install.
 */
public final class SecurityBenchmark {
    private static final String COUNTY = "360823";

    private SecurityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 4);
        int seconds = Integer.getInteger("seconds", 8);
        int rounds = Integer.getInteger("rounds", 5);
        JicengServer server = JicengServer.get();
        try {
            Api admin = new Api(server);
            List<JsonNode> organizations = new ArrayList<>();
            for (JsonNode o : admin.get("/organizations?jurisdiction=" + COUNTY + "&size=" + clients).json().get("items")) {
                organizations.add(o);
            }
            Api operator = admin.as("xiajiang-operator");
            String token = operator.post("/auth/token", Api.object()).json().get("access_token").asText();
            Api bearer = admin.withAuthorization("Bearer " + token);

            // The JIT keeps improving for tens of seconds: warm every variant up before measuring.
            for (int i = 0; i < 3; i++) {
                run("warm-up", admin, organizations, clients, 10);
                run("warm-up", operator, organizations, clients, 5);
                run("warm-up", bearer, organizations, clients, 5);
            }
            String[] labels = {"admin, Basic (role check only)", "operator, Basic (role + scope checks)", "operator, bearer token (role + scope)"};
            Api[] apis = {admin, operator, bearer};
            double[][] rates = new double[apis.length][rounds];
            // Alternating rounds, so warm-up and background load fall on every variant alike; the median counts.
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < apis.length; k++) {
                    int v = (round + k) % apis.length; // each round starts with another variant
                    rates[v][round] = run(labels[v], apis[v], organizations, clients, seconds);
                }
            }
            double[] median = new double[apis.length];
            for (int v = 0; v < apis.length; v++) {
                double[] sorted = rates[v].clone();
                java.util.Arrays.sort(sorted);
                median[v] = sorted[rounds / 2];
                System.out.printf("median %-40s %8.1f writes/s%n", labels[v], median[v]);
            }
            System.out.printf("Scope checks: %.2fx the baseline's throughput; a bearer token instead of Basic: %.2fx%n",
                    median[1] / median[0], median[2] / median[1]);

            int logins = 5;
            long t0 = System.nanoTime();
            for (int i = 0; i < logins; i++) {
                // A wrong password is never cached: each attempt pays the full PBKDF2 check.
                admin.withAuthorization(JicengServer.basic("bench-nobody-" + i, "wrong-password-" + i)).get("/auth/me");
            }
            System.out.printf("Uncached password check (PBKDF2-HMAC-SHA256, 600k iterations): %.0f ms per login%n",
                    (System.nanoTime() - t0) / 1e6 / logins);
        } finally {
            server.stop();
        }
    }

    /** Requests per second of organization updates, each client on its own organization. */
    private static double run(String label, Api api, List<JsonNode> organizations, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long id = organizations.get(c % organizations.size()).get("id").asLong();
            futures.add(pool.submit(() -> {
                JsonNode current = api.get("/organizations/" + id).json();
                String name = current.get("name").asText().replaceAll(" #\\d+$", "");
                while (System.nanoTime() < deadline) {
                    ObjectNode body = (ObjectNode) current.deepCopy();
                    body.put("name", name + " #" + (done.get() % 10));
                    Api.Reply r = api.put("/organizations/" + id, body);
                    if (r.status() == 200) {
                        current = r.json();
                        done.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        current = api.get("/organizations/" + id).json();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double rate = done.get() / (double) seconds;
        System.out.printf("%-40s %8.1f writes/s (%d clients, %d s, %d refused)%n", label, rate, clients, seconds, failed.get());
        return rate;
    }
}
