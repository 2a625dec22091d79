package org.jiceng.distribution;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/** Latencies of one request sent again and again in a row, as the benchmarks report them. */
final class RequestLatencies {
    private RequestLatencies() {
    }

    /**
     * p50, p95 and p99 in milliseconds of {@code requests} sends of {@code request}, after {@code warmUp} sends not
     * counted; the first answer must be a 200 (its body is shown otherwise), and so must every other.
     */
    static double[] of(HttpClient http, HttpRequest request, String label, int warmUp, int requests) throws Exception {
        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (first.statusCode() != 200) {
            throw new IllegalStateException(label + ": " + first.statusCode() + " " + first.body());
        }
        long[] latencies = new long[requests];
        for (int i = -warmUp; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(label + ": " + r.statusCode());
            }
            if (i >= 0) {
                latencies[i] = System.nanoTime() - start;
            }
        }
        return percentiles(latencies);
    }

    /** p50, p95 and p99 in milliseconds of the latencies in nanoseconds (sorted in place). */
    static double[] percentiles(long[] latencies) {
        Arrays.sort(latencies);
        return new double[]{RestOverheadBenchmark.percentile(latencies, 0.50), RestOverheadBenchmark.percentile(latencies, 0.95),
                RestOverheadBenchmark.percentile(latencies, 0.99)};
    }
}
