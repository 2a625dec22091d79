package org.jiceng.distribution;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A members CSV just under the import size limit (64 MiB): over half a million good rows of
 * applicants in the organizations of 武冈 (430581), every ID card and member number distinct —
 * about the file of the incident (62 MB, 543,615 rows) that exhausted the heap.
 */
final class BigFiles {
    static final long IMPORT_LIMIT = 64L * 1024 * 1024;
    /** 62 MiB, as in the incident that OOMed the server: near the limit, leaving room for a header. */
    static final long NEAR_LIMIT = 62L * 1024 * 1024;

    private BigFiles() {
    }

    /** @param tag makes member numbers distinct between files; {@code bytes} is the size to reach */
    static byte[] membersCsv(Api api, String tag, long bytes) {
        JsonNode orgs = api.get("/organizations?jurisdiction=430581&field=RURAL&size=50").json().get("items");
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) bytes + 4096);
        byte[] header = "姓名,性别,出生日期,学历,身份证号,手机,党员编号,行政区划代码,所在党组织,阶段,申请入党日期,确定积极分子日期,确定发展对象日期,接收预备党员日期,转正日期,有无职务\n"
                .getBytes(StandardCharsets.UTF_8);
        out.writeBytes(header);
        StringBuilder line = new StringBuilder(200);
        for (int i = 0; out.size() < bytes; i++) {
            JsonNode org = orgs.get(i % orgs.size());
            LocalDate birth = LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28);
            line.setLength(0);
            line.append("满载").append(i).append(',').append(i % 3 == 0 ? "女" : "男").append(',').append(birth).append(",高中,")
                    .append(ImportExportIT.idCard(String.valueOf(430500 + i / 20_000), birth, i)).append(",,").append(tag).append(i).append(',')
                    .append(org.get("jurisdictionCode").asText()).append(',').append(org.get("name").asText()).append(",入党申请人,")
                    .append(birth.plusYears(20)).append(",,,,,否\n");
            byte[] row = line.toString().getBytes(StandardCharsets.UTF_8);
            if (out.size() + row.length > bytes) {
                break;
            }
            out.writeBytes(row);
        }
        return out.toByteArray();
    }

    /** Data rows of a CSV made here (lines minus the header). */
    static int rows(byte[] csv) {
        int lines = 0;
        for (byte b : csv) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines - 1;
    }
}
