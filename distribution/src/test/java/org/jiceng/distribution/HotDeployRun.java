package org.jiceng.distribution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One measured run of module hot deploys under load, shared by {@link HotDeployIT} (which asserts
 * on it) and {@link HotDeployBenchmark} (which prints it): 兴宁's town congress and 峡江's three
 * members are installed and enabled and read steadily together with core records, first for a
 * baseline without module changes, then while 兴宁's term reminders are uninstalled and installed
 * {@code cycles} times (in turn with {@code feature:uninstall}/{@code feature:install} through
 * {@code bin/client}, as regional IT does, and with {@code DELETE}/{@code POST /modules}, as the console
 * does) and its bundle updated in place {@code updates} times. The time from {@code feature:install} to the
 * module's first 200 is taken on the shell's cycles. The server is left
 * with the modules and enablements it had before.
 */
final class HotDeployRun {
    static final String MOVING = "xingning-term-reminders";
    private static final List<String[]> STEADY_MODULES = List.of(new String[]{"xingning-town-congress", "441481"},
            new String[]{"xiajiang-three-members", "360823"});

    record Result(long steadyRequests, List<String> steadyFailures, long movingRequests, long movingRefusals, List<String> movingFailures,
            long baselineP50, long baselineP99, long cyclingP50, long cyclingP99, int baselineCount, int cyclingCount,
            List<Long> installToFirst200, List<Long> commandToFirst200, int cycles, int updates) {
    }

    private final JicengServer server;
    private final Api api;
    private final List<Runnable> restore = new ArrayList<>();

    HotDeployRun(JicengServer server) {
        this.server = server;
        this.api = new Api(server);
    }

    Result run(int clients, int baselineSeconds, int cycles, int updates) {
        try {
            for (String[] m : STEADY_MODULES) {
                ensureInstalledAndEnabled(m[0], m[1]);
            }
            ensureInstalledAndEnabled(MOVING, "441481");
            List<String> steady = steadyPaths();
            String moving = "/jurisdictions/441481/" + MOVING + "/expiring";
            try (HotDeployLoad load = new HotDeployLoad(server, steady, moving, clients)) {
                JicengServer.sleep(2_000);
                HotDeployLoad.Phase baseline = load.phase("baseline");
                JicengServer.sleep(baselineSeconds * 1000L);
                HotDeployLoad.Phase cycling = load.phase("cycling");
                List<Long> installToFirst200 = new ArrayList<>();
                List<Long> commandToFirst200 = new ArrayList<>();
                for (int i = 0; i < cycles; i++) {
                    if (i % 2 == 1) {
                        cycleOverRest();
                        server.waitFor("/api/v1" + moving, Duration.ofSeconds(30));
                        continue;
                    }
                    server.shell("feature:uninstall jiceng-" + MOVING);
                    long t0 = System.nanoTime();
                    server.shell("feature:install jiceng-" + MOVING);
                    long returned = System.nanoTime();
                    server.waitFor("/api/v1" + moving, Duration.ofSeconds(30));
                    long ok = System.nanoTime();
                    installToFirst200.add((ok - t0) / 1_000_000);
                    commandToFirst200.add((ok - returned) / 1_000_000);
                }
                for (int i = 0; i < updates; i++) {
                    server.shell("bundle:update org.jiceng.module.xingning.termreminders");
                    server.waitFor("/api/v1" + moving, Duration.ofSeconds(30));
                }
                JicengServer.sleep(1_000);
                load.phase("after"); // the cycles are over: later latencies count nowhere
                load.stop();
                return new Result(load.steadyRequests.get(), List.copyOf(load.steadyFailures), load.movingRequests.get(),
                        load.movingRefusals.get(), List.copyOf(load.movingFailures), baseline.percentile(0.50), baseline.percentile(0.99),
                        cycling.percentile(0.50), cycling.percentile(0.99), baseline.count(), cycling.count(),
                        installToFirst200, commandToFirst200, cycles, updates);
            }
        } finally {
            for (int i = restore.size() - 1; i >= 0; i--) {
                restore.get(i).run();
            }
        }
    }

    /**
     * One uninstall and install of the moving module the way the console does it, over REST: the same features
     * service as the shell's, without a {@code bin/client} JVM per command (about 3 s each), so half the cycles
     * take half the time.
     */
    private void cycleOverRest() {
        Api.Reply removed = api.delete("/modules/" + MOVING);
        if (removed.status() != 204) {
            throw new IllegalStateException("DELETE /modules/" + MOVING + ": " + removed);
        }
        Api.Reply installed = api.post("/modules", Map.of("feature", "jiceng-" + MOVING));
        if (installed.status() != 201) {
            throw new IllegalStateException("POST /modules " + MOVING + ": " + installed);
        }
    }

    /** Installs and enables a module for one county unless it already is; remembers how to undo exactly that. */
    private void ensureInstalledAndEnabled(String module, String code) {
        if (api.get("/modules/" + module).status() == 404) {
            server.shell("feature:install jiceng-" + module);
            server.waitFor("/api/v1/modules/" + module, Duration.ofSeconds(60));
            restore.add(() -> server.shell("feature:uninstall jiceng-" + module));
        }
        int enabled = api.put("/modules/" + module + "/jurisdictions/" + code, "").status();
        if (enabled == 201) {
            restore.add(() -> api.delete("/modules/" + module + "/jurisdictions/" + code));
        } else if (enabled != 200) {
            throw new IllegalStateException("Could not enable " + module + " for " + code + ": " + enabled);
        }
    }

    /** Core reads and the two other modules' reads; each must answer 200 before the load starts. */
    private List<String> steadyPaths() {
        long member = api.get("/members?jurisdiction=441481&size=1").json().at("/items/0/id").asLong();
        List<String> paths = List.of("/members/" + member, "/organizations?jurisdiction=360823&size=5", "/health",
                "/jurisdictions/441481/xingning-town-congress/delegates?size=5", "/jurisdictions/360823/xiajiang-three-members/targets?size=5");
        for (String p : paths) {
            server.waitFor("/api/v1" + p, Duration.ofSeconds(60));
        }
        return paths;
    }
}
