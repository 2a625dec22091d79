package org.jiceng.distribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The server under heavy bulk work at the default heap (1 GB): peak heap of the server JVM and the
 * latency of health and core reads while five imports of a file just under the 64 MiB limit are
 * admitted at once (two more are refused), against the same reads on the idle server measured in
 * the same run. Heap is sampled with {@code jstat -gc} every 200 ms. The imports are dry runs: they
 * read, parse and check every row against the database like a real import, without growing the
 * database by millions of rows for the next run. Prints figures; asserts nothing.
 */
public final class LoadBenchmark {
    private static final int IMPORTS = 7;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 20);
        JicengServer server = JicengServer.get();
        Api api = new Api(server);
        HeapSampler heap = new HeapSampler(server.java().pid());
        try {
            byte[] file = BigFiles.membersCsv(api, "LB", BigFiles.NEAR_LIMIT);
            System.out.printf("File: %,d bytes, %,d rows; server JVM %d, %s%n", file.length, BigFiles.rows(file), server.java().pid(),
                    heap.maxHeap());
            // Warm-up, then the idle baseline.
            reads(api, 10, new AtomicBoolean(true));
            heap.reset();
            Latencies idle = reads(api, seconds, new AtomicBoolean(true));
            long idlePeak = heap.peakKilobytes();
            long idleRss = server.rssKilobytes();

            heap.reset();
            ExecutorService pool = Executors.newFixedThreadPool(IMPORTS);
            List<Future<RawUpload.Answer>> uploads = new ArrayList<>();
            for (int i = 0; i < IMPORTS; i++) {
                uploads.add(
                        pool.submit(() -> RawUpload.post(server, "/api/v1/imports?kind=members&dryRun=true&fileName=load.csv", "text/csv", file)));
            }
            AtomicBoolean busy = new AtomicBoolean(true);
            List<String> jobs = Collections.synchronizedList(new ArrayList<>());
            int[] refused = new int[1];
            Thread watcher = new Thread(() -> {
                try {
                    for (Future<RawUpload.Answer> f : uploads) {
                        RawUpload.Answer a = f.get();
                        if (a.status() == 202) {
                            jobs.add(Api.JSON.readTree(a.body()).get("id").asText());
                        } else if (a.status() == 429) {
                            refused[0]++;
                        } else {
                            System.out.println("Unexpected answer to an upload: " + a.status() + " " + a.body());
                        }
                    }
                    while (!jobs.stream().allMatch(id -> !"RUNNING".equals(api.get("/imports/" + id).json().get("status").asText()))) {
                        JicengServer.sleep(500);
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    busy.set(false);
                }
            });
            long t0 = System.nanoTime();
            watcher.start();
            Latencies loaded = reads(api, Integer.MAX_VALUE, busy);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            watcher.join();
            pool.shutdown();
            long loadPeak = heap.peakKilobytes();
            long loadRss = server.rssKilobytes();
            int rowsChecked = 0;
            for (String id : jobs) {
                JsonNode job = api.get("/imports/" + id).json();
                rowsChecked += job.get("rowsTotal").asInt();
                if (!"SUCCEEDED".equals(job.get("status").asText())) {
                    System.out.println("Import " + id + ": " + job.get("status").asText() + " " + job.get("message").asText());
                }
            }

            System.out.printf("Idle, %d s: %s; peak heap %,d MB; RSS %,d MB%n", seconds, idle, idlePeak / 1024, idleRss / 1024);
            System.out.printf("%d uploads at once: %d admitted, %d refused with 429; %,d rows checked in %.0f s%n", IMPORTS, jobs.size(), refused[0],
                    rowsChecked, loadSeconds);
            System.out.printf("Under load: %s; peak heap %,d MB; RSS %,d MB%n", loaded, loadPeak / 1024, loadRss / 1024);
            System.out.printf("Core p99 under load is %.1fx idle; peak heap under load is %.2fx idle (%,d MB of %s)%n", loaded.p99() / idle.p99(),
                    (double) loadPeak / idlePeak, loadPeak / 1024, heap.maxHeap());
        } finally {
            heap.stop();
            server.stop();
        }
    }

    /** Two readers asking for health and a page of members, one after the other, until time is up or {@code go} turns false. */
    private static Latencies reads(Api api, int seconds, AtomicBoolean go) throws Exception {
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long end = seconds == Integer.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService readers = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (String path : List.of("/health", "/members?jurisdiction=441481&size=20")) {
            done.add(readers.submit(() -> {
                while (go.get() && System.nanoTime() < end) {
                    long t = System.nanoTime();
                    Api.Reply r = api.get(path);
                    micros.add((System.nanoTime() - t) / 1000);
                    if (r.status() != 200) {
                        failures.incrementAndGet();
                    }
                    JicengServer.sleep(20);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        readers.shutdown();
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Latencies(sorted, failures.get());
    }

    record Latencies(long[] sortedMicros, long failures) {
        double percentile(double p) {
            if (sortedMicros.length == 0) {
                return Double.NaN;
            }
            return sortedMicros[(int) Math.min(sortedMicros.length - 1, Math.ceil(p / 100 * sortedMicros.length) - 1)] / 1000.0;
        }

        double p99() {
            return percentile(99);
        }

        @Override
        public String toString() {
            return String.format("%,d reads, %d failed, p50 %.1f ms, p99 %.1f ms, max %.1f ms", sortedMicros.length, failures, percentile(50), p99(),
                    sortedMicros.length == 0 ? Double.NaN : sortedMicros[sortedMicros.length - 1] / 1000.0);
        }
    }
}
