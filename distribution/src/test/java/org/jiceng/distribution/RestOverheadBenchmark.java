package org.jiceng.distribution;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the REST stack costs, against the limit measured in the same run: a bare servlet in the same Karaf
 * and Jetty ({@code org.jiceng.bench.reference}, installed by this program only) that reads the same member,
 * or the same first page of 20 members of a county, with plain JDBC from the same data source and writes the
 * same JSON (checked byte for byte before measuring), or replaces an organization's fields by one JDBC
 * {@code UPDATE} checking its version and answers the organization as the API does. For each, the real endpoint
 * ({@code GET /api/v1/members/{id}}, {@code GET /api/v1/members?jurisdiction=&size=20&sort=name},
 * {@code PUT /api/v1/organizations/{id}}: authentication, scope and reference checks, JPA, the audit trail) as admin
 * with HTTP Basic and with a bearer token: requests per second with concurrent clients in closed loop,
 * alternating rounds (the median counts), the ratio to the reference, and the p99 latency of the real
 * endpoint paced at half the reference's throughput (measured from each request's planned start, so a
 * stall counts for the requests it delays). Prints figures; asserts nothing. Run with
 * {@code mvn -B -f distribution/pom.xml test-compile exec:exec@rest-overhead-benchmark} after an install;
 * {@code -Dbenchmark.rest.parts=member,write} measures only those of {@code member}, {@code page} and {@code write}.
 */
public final class RestOverheadBenchmark {
    private static final String COUNTY = "441481";
    /** The members read by id, in turn: the first of the county by name. */
    private static final int MEMBERS_READ = 200;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RestOverheadBenchmark() {
    }

    /** One kind of request, made afresh for each: a read is the same request every time, a write's carries its client's version. */
    private interface Target {
        String label();

        HttpRequest request(int client);

        /** Learns the status of the answer to the client's last request (a write then moves to the next version). */
        default void answered(int client, int status) {
        }
    }

    /** A read: where it goes and with which credentials. */
    private record Read(String label, URI uri, String authorization) implements Target {
        @Override
        public HttpRequest request(int client) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().header("Accept", "application/json");
            return (authorization == null ? b : b.header("Authorization", authorization)).build();
        }
    }

    /**
     * Reads of members by id, each client going round the same members from a place of its own, so that no statement
     * runs twice in a row with the same values: H2 hands back the last result of a statement executed again with the
     * same values on unchanged tables, which a server's varied traffic seldom gets.
     */
    private record MemberReads(String label, String uriPrefix, String authorization, long[] ids, int[] next) implements Target {
        MemberReads(String label, String uriPrefix, String authorization, long[] ids, int clients) {
            this(label, uriPrefix, authorization, ids, new int[clients]);
        }

        @Override
        public HttpRequest request(int client) {
            long id = ids[(client * 7 + next[client]++) % ids.length];
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uriPrefix + id)).GET().header("Accept", "application/json");
            return (authorization == null ? b : b.header("Authorization", authorization)).build();
        }
    }

    /**
     * A write: each client replaces the fields of an organization of its own, the name changing at every request (an
     * unchanged organization would not be written), with the version the client's last write gave it (each write moves
     * it by one, and only this client writes it, whichever of the pair's targets it asks).
     */
    private record Write(String label, String uriPrefix, String authorization, OrganizationWrites organizations) implements Target {
        @Override
        public HttpRequest request(int client) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uriPrefix + organizations.ids[client]))
                    .PUT(HttpRequest.BodyPublishers.ofString(organizations.body(client))).header("Accept", "application/json")
                    .header("Content-Type", "application/json");
            return (authorization == null ? b : b.header("Authorization", authorization)).build();
        }

        @Override
        public void answered(int client, int status) {
            if (status == 200) {
                organizations.versions[client]++;
            }
        }
    }

    /**
     * The organizations the writing clients replace, one each, with the version each holds now; the name alternates with
     * the version's parity, so each write changes it.
     */
    private static final class OrganizationWrites {
        final long[] ids;
        final long[] versions;

        OrganizationWrites(long[] ids, long[] versions) {
            this.ids = ids;
            this.versions = versions;
        }

        String body(int client) {
            return "{\"name\":\"基准写入党支部" + client + (versions[client] % 2 == 0 ? "甲" : "乙") + "\",\"type\":\"BRANCH\",\"field\":\"RURAL\","
                    + "\"parentId\":null,\"jurisdictionCode\":\"" + COUNTY + "\",\"termStart\":\"2024-01-01\",\"termEnd\":\"2029-01-01\","
                    + "\"status\":\"NORMAL\",\"starRating\":null,\"version\":" + versions[client] + "}";
        }
    }

    /** Throughput and latency of one measurement. */
    private record Result(double perSecond, double p50Millis, double p99Millis, long failed) {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 8);
        int seconds = Integer.getInteger("seconds", 8);
        int rounds = Integer.getInteger("rounds", 5);
        Set<String> parts = Set.of(System.getProperty("parts", "member,page,write").split(","));
        Path bundle = BenchReference.bundle();
        JicengServer server = JicengServer.get();
        try {
            Api admin = new Api(server);
            BenchReference.install(server, bundle);
            long[] memberIds = new long[MEMBERS_READ];
            var items = admin.get("/members?jurisdiction=" + COUNTY + "&size=" + MEMBERS_READ + "&sort=name").json().get("items");
            for (int i = 0; i < memberIds.length; i++) {
                memberIds[i] = items.get(i).get("id").asLong();
            }
            String basic = JicengServer.basic(JicengServer.ADMIN, JicengServer.DEMO_PASSWORD);
            String bearer = "Bearer " + admin.post("/auth/token", Api.object()).json().get("access_token").asText();

            List<Target[]> chosen = new ArrayList<>();
            if (parts.contains("member")) {
                chosen.add(new Target[]{
                        new MemberReads("reference: member by id", server.uri("/bench/reference/members/").toString(), null, memberIds,
                                clients),
                        new MemberReads("API: member by id, Basic", server.uri("/api/v1/members/").toString(), basic, memberIds, clients),
                        new MemberReads("API: member by id, bearer", server.uri("/api/v1/members/").toString(), bearer, memberIds, clients)});
            }
            if (parts.contains("page")) {
                chosen.add(new Target[]{
                        new Read("reference: page of 20 members", server.uri("/bench/reference/members?jurisdiction=" + COUNTY), null),
                        new Read("API: page of 20 members, Basic", server.uri("/api/v1/members?jurisdiction=" + COUNTY + "&size=20&sort=name"),
                                basic),
                        new Read("API: page of 20 members, bearer", server.uri("/api/v1/members?jurisdiction=" + COUNTY + "&size=20&sort=name"),
                                bearer)});
            }
            if (parts.contains("write")) {
                chosen.add(writes(server, admin, clients, basic, bearer));
            }
            Target[][] pairs = chosen.toArray(Target[][]::new);
            for (Target[] pair : pairs) {
                String limit = body(pair[0]);
                // what the API answers for the same record: the same read, or the organization the reference just wrote
                String real = pair[0] instanceof Write w
                        ? body(new Read("", server.uri("/api/v1/organizations/" + w.organizations().ids[0]), basic))
                        : body(pair[1]);
                System.out.printf("%s: %,d bytes, the API's %s%n", pair[0].label(), limit.length(), limit.equals(real)
                        ? "the same bytes"
                        : "differ: " + firstDifference(limit, real));
            }
            System.out.printf("%d clients in closed loop, %d s a measurement, %d alternating rounds, median; %s%n", clients, seconds, rounds,
                    server.database);
            for (Target[] pair : pairs) {
                for (int i = 0; i < 2; i++) {
                    for (Target t : pair) {
                        closedLoop(t, clients, 5); // the JIT keeps improving for tens of seconds
                    }
                }
                double[][] rates = new double[pair.length][rounds];
                double[][] p99 = new double[pair.length][rounds];
                for (int round = 0; round < rounds; round++) {
                    for (int k = 0; k < pair.length; k++) {
                        int v = (round + k) % pair.length; // each round starts with another variant
                        Result r = closedLoop(pair[v], clients, seconds);
                        rates[v][round] = r.perSecond();
                        p99[v][round] = r.p99Millis();
                    }
                }
                double reference = median(rates[0]);
                for (int v = 0; v < pair.length; v++) {
                    System.out.printf("  %-34s %8.0f requests/s  p99 %5.1f ms  %5.1f %% of the reference%n", pair[v].label(), median(rates[v]),
                            median(p99[v]), 100 * median(rates[v]) / reference);
                }
                for (int v = 1; v < pair.length; v++) {
                    Result paced = paced(pair[v], clients, seconds, reference / 2);
                    System.out.printf("  %-34s at %.0f requests/s (half the reference's): p50 %.1f ms, p99 %.1f ms%n", pair[v].label(),
                            paced.perSecond(), paced.p50Millis(), paced.p99Millis());
                }
            }
        } finally {
            server.stop();
        }
    }

    private static String body(Target t) throws Exception {
        HttpResponse<String> r = HTTP.send(t.request(0), HttpResponse.BodyHandlers.ofString());
        t.answered(0, r.statusCode());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(t.label() + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        return "at " + i + ": …" + a.substring(from, Math.min(a.length(), i + 40)) + " | …" + b.substring(from, Math.min(b.length(), i + 40));
    }

    /** Each client sends the next request when the last answered. */
    private static Result closedLoop(Target t, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        return measure(t, clients, seconds, client -> {
            long[] latencies = new long[1 << 20];
            int n = 0;
            long failed = 0;
            while (System.nanoTime() < end && n < latencies.length) {
                long start = System.nanoTime();
                failed += send(t, client);
                latencies[n++] = System.nanoTime() - start;
            }
            return new Sample(Arrays.copyOf(latencies, n), failed);
        });
    }

    /** Each client sends on a fixed schedule; a request's latency counts from when it was due. */
    private static Result paced(Target t, int clients, int seconds, double perSecond) throws Exception {
        long interval = (long) (clients * 1e9 / perSecond);
        long begin = System.nanoTime();
        long end = begin + seconds * 1_000_000_000L;
        return measure(t, clients, seconds, client -> {
            List<Long> latencies = new ArrayList<>();
            long failed = 0;
            for (long due = begin + client * interval / clients; due < end; due += interval) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                failed += send(t, client);
                latencies.add(System.nanoTime() - due);
            }
            return new Sample(latencies.stream().mapToLong(Long::longValue).toArray(), failed);
        });
    }

    private record Sample(long[] latencies, long failed) {
    }

    private interface Client {
        Sample run(int client) throws Exception;
    }

    private static Result measure(Target t, int clients, int seconds, Client body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Sample>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> body.run(client)));
            }
            List<long[]> all = new ArrayList<>();
            long failed = 0;
            for (Future<Sample> f : futures) {
                Sample s = f.get();
                all.add(s.latencies());
                failed += s.failed();
            }
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            if (failed > 0) {
                System.out.printf("  (%s: %d requests failed)%n", t.label(), failed);
            }
            return new Result(latencies.length / (double) seconds, percentile(latencies, 0.50), percentile(latencies, 0.99), failed);
        } finally {
            pool.shutdown();
        }
    }

    private static long send(Target t, int client) throws Exception {
        HttpResponse<Void> r = HTTP.send(t.request(client), HttpResponse.BodyHandlers.discarding());
        t.answered(client, r.statusCode());
        return r.statusCode() == 200 ? 0 : 1;
    }

    /**
     * The write pair: the reference's and the API's {@code PUT} of an organization, on one organization per client
     * created for the run in the county (the first client's also serves the check that both answer the same bytes).
     */
    private static Target[] writes(JicengServer server, Api admin, int clients, String basic, String bearer) {
        long[] ids = new long[clients];
        long[] versions = new long[clients];
        for (int c = 0; c < clients; c++) {
            Api.Reply r = admin.post("/organizations", Api.object().put("name", "基准写入党支部" + c).put("type", "BRANCH").put("field", "RURAL")
                    .put("jurisdictionCode", COUNTY).put("termStart", "2024-01-01").put("termEnd", "2029-01-01"));
            if (r.status() != 201) {
                throw new IllegalStateException("organization not created: " + r);
            }
            ids[c] = r.json().get("id").asLong();
            versions[c] = r.json().get("version").asLong();
        }
        OrganizationWrites organizations = new OrganizationWrites(ids, versions);
        return new Target[]{
                new Write("reference: organization replaced", server.uri("/bench/reference/organizations/").toString(), null, organizations),
                new Write("API: organization replaced, Basic", server.uri("/api/v1/organizations/").toString(), basic, organizations),
                new Write("API: organization replaced, bearer", server.uri("/api/v1/organizations/").toString(), bearer, organizations)};
    }

    /** The {@code p} quantile of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
