package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Zero-downtime module lifecycle: while four clients read core records and two other counties'
 * modules, 兴宁's term reminders are uninstalled and installed 20 times and updated in place twice.
 * Not one steady read may fail, and the module being moved answers only 200 or a clean 404/503
 * problem — never a hang, an HTML page or a 500.
 */
@DatabaseIndependent
class HotDeployIT {

    @Test
    void modulesComeAndGoWithoutAFailedRequestElsewhere() {
        JicengServer server = JicengServer.get();
        HotDeployRun.Result r = new HotDeployRun(server).run(4, 5, 20, 2);
        System.out.printf("Hot deploy under load: %,d steady reads (%d failed), p99 %d µs without cycles vs %d µs during %d install/uninstall"
                + " cycles and %d updates; moving module: %,d reads, %,d clean refusals, %d bad; feature:install → first 200 median %d ms%n",
                r.steadyRequests(), r.steadyFailures().size(), r.baselineP99(), r.cyclingP99(), r.cycles(), r.updates(), r.movingRequests(),
                r.movingRefusals(), r.movingFailures().size(), HotDeployBenchmark.median(r.installToFirst200()));
        assertTrue(r.baselineCount() > 100 && r.cyclingCount() > 1_000, "the clients really read: " + r.baselineCount() + "/" + r.cyclingCount());
        assertEquals(0, r.steadyFailures().size(), "failed steady reads, first: " + r.steadyFailures().stream().limit(10).toList());
        assertEquals(0, r.movingFailures().size(), "bad answers of the moving module: " + r.movingFailures().stream().limit(10).toList());
        assertTrue(r.movingRefusals() > 0, "the moving module was really away at times (" + r.movingRequests() + " reads)");
    }
}
