package org.jiceng.module.shunyi.twonew.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.document.Document;

/** The ledger as the district keeps it on paper and in spreadsheets: the summary (两新组织工作汇总台账) and one unit's sheet (一企一表). */
final class LedgerDocuments {
    private static final List<String> HEADERS = List.of("统一社会信用代码", "名称", "所在镇街", "登记地", "行业/类别", "从业人员", "党员", "覆盖方式", "党组织",
            "党建指导员", "联系人", "联系电话", "台账更新");

    private LedgerDocuments() {
    }

    /** The summary ledger of a scope: the coverage figures, then a table of open sheets per kind (a sheet each in a workbook). */
    static Document summary(String scopeName, Figures figures, List<SheetView> enterprises, List<SheetView> socialOrganizations, LocalDate today) {
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Fields(List.of(new Document.Field("范围", scopeName + " (" + figures.jurisdictionCode + ")"),
                new Document.Field("非公企业", coverage(figures.enterprises)),
                new Document.Field("社会组织", coverage(figures.socialOrganizations)))));
        blocks.add(new Document.Heading("非公企业 (一企一表)"));
        blocks.add(new Document.Table(HEADERS, rows(enterprises)));
        blocks.add(new Document.Heading("社会组织 (一社一表)"));
        blocks.add(new Document.Table(HEADERS, rows(socialOrganizations)));
        blocks.add(new Document.Signature(scopeName + "两新组织党建工作", today.toString()));
        return new Document(scopeName + "两新组织工作汇总台账", blocks);
    }

    /** One unit's sheet, in full, for the file kept with the unit. */
    static Document sheet(SheetView s, String townshipName, LocalDate today) {
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Fields(List.of(new Document.Field("名称", s.name), new Document.Field("统一社会信用代码", s.creditCode),
                new Document.Field("类型", s.kindZh), new Document.Field("所在镇街", townshipName + " (" + s.jurisdictionCode + ")"),
                new Document.Field("行业/类别", text(s.category)), new Document.Field("从业人员", String.valueOf(s.employees)),
                new Document.Field("党员人数", String.valueOf(s.partyMembers)), new Document.Field("党组织覆盖", s.coverageZh),
                new Document.Field("党组织", text(s.organizationName)), new Document.Field("党建指导员", text(s.instructor)),
                new Document.Field("联系人", text(s.contactName)), new Document.Field("联系电话", text(s.contactPhone)),
                new Document.Field("台账更新", s.updatedOn + " " + s.updatedBy))));
        if (s.closedOn != null) {
            blocks.add(new Document.Paragraph("已于 " + s.closedOn + " 注销: " + s.closedReason));
        }
        blocks.add(new Document.Signature(townshipName + "两新组织党建工作", today.toString()));
        return new Document(s.name + (s.kind == UnitKind.ENTERPRISE ? " 一企一表" : " 一社一表"), blocks);
    }

    private static String coverage(CoverageRow r) {
        return r.units + " 家, 建立党组织 " + r.organizations + " 个, 覆盖 " + r.covered + " 家 (单独 " + r.coveredByOwn + ", 联合 " + r.coveredJointly
                + "), 覆盖率 " + r.coveragePercent + "%, 无党员 " + r.withoutMembers + " 家, 党员不足3人 " + r.fewerThanThreeMembers + " 家";
    }

    private static List<List<String>> rows(List<SheetView> sheets) {
        List<List<String>> rows = new ArrayList<>();
        for (SheetView s : sheets) {
            rows.add(List.of(s.creditCode, s.name, s.townshipCode, s.jurisdictionCode, text(s.category), String.valueOf(s.employees),
                    String.valueOf(s.partyMembers), s.coverageZh, text(s.organizationName), text(s.instructor), text(s.contactName),
                    text(s.contactPhone), s.updatedOn.toString()));
        }
        return rows;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
