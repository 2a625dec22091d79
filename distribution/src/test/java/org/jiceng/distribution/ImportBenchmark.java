package org.jiceng.distribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Import rate of the running distribution: a file of N members (default 100,000) imported as one
 * job, against the baseline of creating members one REST call at a time, measured in the same
 * run. Prints figures; asserts nothing. Run with
 * {@code mvn -B -f distribution/pom.xml exec:java@import-benchmark} after {@code mvn -B install -DskipTests}.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("rows", 100_000);
        int baselineRows = Integer.getInteger("baselineRows", 1_000);
        JicengServer server = JicengServer.get();
        Api api = new Api(server);
        try {
            JsonNode orgs = api.get("/organizations?jurisdiction=430581&field=RURAL&size=50").json().get("items");
            List<String[]> table = new ArrayList<>(rows);
            for (int i = 0; i < rows; i++) {
                JsonNode org = orgs.get(i % orgs.size());
                LocalDate birth = LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28);
                table.add(new String[]{"压测党员" + i, i % 3 == 0 ? "女" : "男", birth.toString(), "高中",
                        ImportExportIT.idCard(String.valueOf(430500 + i / 20_000), birth, i),
                        "", "WG" + i, org.get("jurisdictionCode").asText(), org.get("name").asText(), "正式党员", birth.plusYears(20).toString(),
                        birth.plusYears(20).plusMonths(3).toString(), birth.plusYears(21).plusMonths(4).toString(),
                        birth.plusYears(21).plusMonths(8).toString(), birth.plusYears(22).plusMonths(8).toString(), "否"});
            }
            byte[] file = ImportExportIT.xlsx(table);
            System.out.printf("File: %,d rows, %,d bytes%n", rows, file.length);

            long t0 = System.nanoTime();
            JsonNode job = ImportExportIT.runImportWith(api, server, "members", file, false);
            double bulkSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("Bulk import (%s): %s, %,d inserted in %.1f s = %,.0f rows/s%n", server.database, job.get("status").asText(),
                    job.get("inserted").asInt(), bulkSeconds, rows / bulkSeconds);
            if (!"SUCCEEDED".equals(job.get("status").asText())) {
                throw new IllegalStateException("The benchmark file was refused: " + job.get("message") + " " + job.get("errors").path(0));
            }

            long organizationId = api.get("/organizations?jurisdiction=430581&field=RURAL&size=1").json().at("/items/0/id").asLong();
            long t1 = System.nanoTime();
            for (int i = 0; i < baselineRows; i++) {
                LocalDate birth = LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28);
                Api.Reply r = api.post("/members", Api.object().put("name", "逐条" + i).put("gender", "MALE").put("birthDate", birth.toString())
                        .put("organizationId", organizationId).put("stage", "APPLICANT").put("applicationDate", birth.plusYears(20).toString())
                        .put("hasPost", false).put("memberNumber", "B" + i));
                if (r.status() != 201) {
                    throw new IllegalStateException(r.toString());
                }
            }
            double singleSeconds = (System.nanoTime() - t1) / 1e9;
            double singleRate = baselineRows / singleSeconds;
            System.out.printf("Baseline, one POST /members per row: %,d rows in %.1f s = %,.0f rows/s%n", baselineRows, singleSeconds, singleRate);
            System.out.printf("Bulk import is %.1fx the per-row API%n", (rows / bulkSeconds) / singleRate);
        } finally {
            server.stop();
        }
    }
}
