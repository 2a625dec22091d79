package org.jiceng.distribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Scoring engine figures on the running distribution: ranking 10,000 subjects on 6 indicators for
 * one period, and rolling a period of 100,000 scored organizations up the jurisdiction tree,
 * against the baseline of paging every result to the client and summing there, in the same run.
 * Prints figures; asserts nothing. Run with
 * {@code mvn -B -f distribution/pom.xml test-compile exec:exec@scoring-benchmark} after an install.
 */
public final class ScoringBenchmark {
    private ScoringBenchmark() {
    }

    public static void main(String[] args) {
        int ranked = Integer.getInteger("ranked", 10_000);
        int rolled = Integer.getInteger("rolled", 100_000);
        JicengServer server = JicengServer.get();
        Api api = new Api(server);
        try {
            List<String> villages = new ArrayList<>();
            for (JsonNode j : api.get("/jurisdictions/430000/subtree?level=VILLAGE&size=500").json().get("items")) {
                villages.add(j.get("code").asText());
            }
            String[] keys = {"presence", "nights", "reports", "projects", "satisfaction", "building"};

            long six = scheme(api, "bench-six", keys);
            long t0 = System.nanoTime();
            enter(api, six, ranked, villages, keys);
            double enterSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            int results = api.post("/scoring/schemes/" + six + "/periods/2026-03/compute", "").json().size();
            double rankSeconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf(
                    "Entering %,d subjects x %d indicators: %.1f s; ranking them (totals, ranks with ties, grades, streaks): %.2f s (%,d results)%n",
                    ranked, keys.length, enterSeconds, rankSeconds, results);

            long one = scheme(api, "bench-rollup", new String[]{"presence"});
            enter(api, one, rolled, villages, new String[]{"presence"});
            api.post("/scoring/schemes/" + one + "/periods/2026-03/compute", "");
            String[] roots = {"430000", "430581"};
            for (String root : roots) {
                long t2 = System.nanoTime();
                JsonNode rollup = api.get("/scoring/schemes/" + one + "/periods/2026-03/rollup?jurisdiction=" + root).json();
                double rollSeconds = (System.nanoTime() - t2) / 1e9;
                long t3 = System.nanoTime();
                Map<String, Double> sums = new HashMap<>();
                long counted = 0;
                for (int page = 0;; page++) {
                    JsonNode p = api.get("/scoring/schemes/" + one + "/periods/2026-03/results?size=500&page=" + page).json();
                    for (JsonNode r : p.get("items")) {
                        if (r.get("jurisdictionCode").asText().startsWith(root.substring(0, root.endsWith("0000") ? 2 : 6))) {
                            sums.merge(r.get("jurisdictionCode").asText().substring(0, 6), r.get("total").asDouble(), Double::sum);
                            counted++;
                        }
                    }
                    if (page + 1 >= p.get("totalPages").asInt()) {
                        break;
                    }
                }
                double baselineSeconds = (System.nanoTime() - t3) / 1e9;
                System.out.printf("Roll-up of %,d scored organizations over %s and its children: %.3f s (%,d subjects under it); "
                        + "baseline paging all results to the client: %.1f s (%,d counted) = %.0fx%n", rolled, root, rollSeconds,
                        rollup.get(0).get("subjects").asLong(), baselineSeconds, counted, baselineSeconds / rollSeconds);
            }
        } finally {
            server.stop();
        }
    }

    private static long scheme(Api api, String key, String[] keys) {
        ObjectNode scheme = Api.object().put("key", key).put("name", key).put("subjectKind", "ORGANIZATION").put("periodKind", "MONTH")
                .put("jurisdictionCode", "430000").put("lastPlacePeriods", 3);
        ArrayNode indicators = scheme.putArray("indicators");
        for (String k : keys) {
            indicators.addObject().put("key", k).put("name", k).put("weight", 100.0 / keys.length).put("maximum", 100).put("source", "MANUAL");
        }
        ArrayNode bands = scheme.putArray("gradeBands");
        bands.addObject().put("grade", "优").put("minimum", 90);
        bands.addObject().put("grade", "良").put("minimum", 75);
        bands.addObject().put("grade", "中").put("minimum", 60);
        bands.addObject().put("grade", "差").put("minimum", 0);
        Api.Reply r = api.post("/scoring/schemes", scheme);
        if (r.status() != 201) {
            throw new IllegalStateException(r.toString());
        }
        return r.json().get("id").asLong();
    }

    /** Sends the sheets in requests of 5,000, as a client would. */
    private static void enter(Api api, long scheme, int subjects, List<String> villages, String[] keys) {
        for (int start = 0; start < subjects; start += 5_000) {
            ArrayNode sheets = Api.JSON.createArrayNode();
            for (int i = start; i < Math.min(subjects, start + 5_000); i++) {
                String village = villages.get(i % villages.size());
                ObjectNode v = sheets.addObject().put("subjectId", "o" + i).put("name", "组织" + i).put("jurisdictionCode", village)
                        .put("group", village.substring(0, 6)).putObject("values");
                for (int k = 0; k < keys.length; k++) {
                    v.put(keys[k], (i * 31 + k * 17) % 101);
                }
            }
            Api.Reply r = api.put("/scoring/schemes/" + scheme + "/periods/2026-03/scores", sheets);
            if (r.status() != 204) {
                throw new IllegalStateException(r.toString());
            }
        }
    }
}
