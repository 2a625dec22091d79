package org.jiceng.distribution;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Used heap of the server JVM (survivor, eden and old generation) from {@code jstat -gc <pid> 200}. */
final class HeapSampler {
    private final Process jstat;
    private final AtomicLong peak = new AtomicLong();
    private final long pid;

    HeapSampler(long pid) throws Exception {
        this.pid = pid;
        jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc", String.valueOf(pid), "200")
                .redirectErrorStream(true).start();
        Thread reader = new Thread(this::read, "jstat-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> header = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> cells = Arrays.asList(line.trim().split("\\s+"));
                if (cells.contains("EU")) {
                    header = cells;
                    continue;
                }
                if (header == null || cells.size() != header.size()) {
                    continue;
                }
                double used = 0;
                for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                    used += Double.parseDouble(cells.get(header.indexOf(column)));
                }
                long kb = (long) used;
                peak.accumulateAndGet(kb, Math::max);
            }
        } catch (Exception e) {
            // jstat ended with the server
        }
    }

    void reset() {
        peak.set(0);
        JicengServer.sleep(500); // the next sample starts the new period
    }

    long peakKilobytes() {
        return peak.get();
    }

    /** -Xmx of the server JVM as its command line says. */
    String maxHeap() {
        return ProcessHandle.of(pid).flatMap(p -> p.info().arguments()).map(a -> Arrays.stream(a).filter(s -> s.startsWith("-Xmx"))
                .reduce((x, y) -> y).orElse("default heap")).orElse("unknown heap");
    }

    void stop() {
        jstat.destroy();
    }
}
