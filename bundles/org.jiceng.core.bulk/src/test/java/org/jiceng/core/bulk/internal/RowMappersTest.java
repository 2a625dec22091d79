package org.jiceng.core.bulk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.bulk.ImportRow;
import org.jiceng.bulk.RowError;
import org.jiceng.registry.Education;
import org.jiceng.registry.Gender;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberStage;
import org.junit.jupiter.api.Test;

class RowMappersTest {

    private static TableRow row(String... keyValues) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            cells.put(keyValues[i], keyValues[i + 1]);
        }
        return new TableRow(7, cells);
    }

    @Test
    void chineseAndEnglishHeadersAndLabelsAreBothRead() {
        List<RowError> errors = new ArrayList<>();
        ImportRow<Member> zh = RowMappers.member(row("姓名", "王芳", "性别", "女", "出生日期", "1990/5/1", "学历", "本科", "阶段", "预备党员",
                "身份证号", "44148119900501002x", "行政区划代码", "441481", "所在党组织", "某支部", "有无职务", "是"), errors);
        ImportRow<Member> en = RowMappers.member(row("name", "Wang", "gender", "FEMALE", "birthDate", "1990-05-01", "education", "bachelor",
                "stage", "PROBATIONARY", "hasPost", "true"), errors);
        assertTrue(errors.isEmpty(), errors.toString());
        for (ImportRow<Member> r : List.of(zh, en)) {
            assertEquals(Gender.FEMALE, r.value().gender());
            assertEquals(LocalDate.of(1990, 5, 1), r.value().birthDate());
            assertEquals(Education.BACHELOR, r.value().education());
            assertEquals(MemberStage.PROBATIONARY, r.value().stage());
            assertTrue(r.value().hasPost());
        }
        assertEquals("44148119900501002X", zh.value().idCardNumber(), "check letter upper-cased");
        assertEquals("某支部", zh.organizationName());
    }

    @Test
    void unreadableCellsAreReportedWithRowAndColumn() {
        List<RowError> errors = new ArrayList<>();
        RowMappers.member(row("name", "x", "gender", "?", "birthDate", "yesterday", "hasPost", "maybe"), errors);
        assertEquals(List.of("gender", "birthDate", "hasPost"), errors.stream().map(RowError::column).toList());
        assertTrue(errors.stream().allMatch(e -> e.row() == 7));
    }
}
