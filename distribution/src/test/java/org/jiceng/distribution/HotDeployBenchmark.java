package org.jiceng.distribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Module hot deploy under load (see {@link HotDeployRun}): failed requests, p50/p99 of steady
 * reads without module changes vs during install/uninstall cycles (the ratio is the cost a module
 * move puts on everyone else), and {@code feature:install} to the module's first 200. Prints
 * figures; asserts nothing. {@code -Dclients=4 -Dcycles=20 -Dupdates=2 -Dseconds=20}.
 */
public final class HotDeployBenchmark {
    private HotDeployBenchmark() {
    }

    public static void main(String[] args) {
        JicengServer server = JicengServer.get();
        try {
            HotDeployRun.Result r = new HotDeployRun(server).run(Integer.getInteger("clients", 4), Integer.getInteger("seconds", 20),
                    Integer.getInteger("cycles", 20), Integer.getInteger("updates", 2));
            System.out.printf("Steady reads (core member, organizations, health, town congress delegates, three-members targets): %,d, failed %d%n",
                    r.steadyRequests(), r.steadyFailures().size());
            r.steadyFailures().stream().limit(10).forEach(f -> System.out.println("  failed: " + f));
            System.out.printf("  without module changes: %,d reads, p50 %.1f ms, p99 %.1f ms%n", r.baselineCount(), r.baselineP50() / 1000.0,
                    r.baselineP99() / 1000.0);
            System.out.printf("  during %d install/uninstall cycles and %d updates: %,d reads, p50 %.1f ms, p99 %.1f ms (%.2fx the baseline p99)%n",
                    r.cycles(), r.updates(), r.cyclingCount(), r.cyclingP50() / 1000.0, r.cyclingP99() / 1000.0,
                    (double) r.cyclingP99() / Math.max(1, r.baselineP99()));
            System.out.printf("Moving module: %,d reads, %,d answered 404/503 problem while away, %d other answers%n", r.movingRequests(),
                    r.movingRefusals(), r.movingFailures().size());
            r.movingFailures().stream().limit(10).forEach(f -> System.out.println("  bad: " + f));
            System.out.printf(
                    "feature:install → module's first 200: median %d ms (bin/client's JVM start included), %d ms after the command returned%n",
                    median(r.installToFirst200()), median(r.commandToFirst200()));
        } finally {
            server.stop();
        }
    }

    static long median(List<Long> values) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
