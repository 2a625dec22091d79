package org.jiceng.module.wugang.pledgesreports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiceng.common.Shares;
import org.jiceng.document.Document;
import org.jiceng.duty.RatingCounts;
import org.jiceng.duty.ReportResult;
import org.jiceng.duty.RoundResults;

/** The printable results (述职评议结果) of a round: its figures, then each township secretary's ratings and grade, signed by the city committee. */
final class RoundResultsDocument {
    private RoundResultsDocument() {
    }

    /** @param names each jurisdiction code's name */
    static Document of(RoundResults results, Map<String, String> names, String issuedOn) {
        RoundFigures f = RoundFigures.of(results);
        List<List<String>> table = new ArrayList<>();
        int n = 1;
        for (ReportResult r : results.reports()) {
            table.add(List.of(String.valueOf(n++), names.getOrDefault(r.jurisdictionCode(), r.jurisdictionCode()), r.reporterName(),
                    r.submitted() ? "已述职" : r.overdue() ? "逾期未述职" : "未述职", counts(r.upper()), counts(r.lower()),
                    Shares.percent(r.all().excellentShare()) + "%", r.averageScore() == null ? "—" : r.averageScore().toPlainString(),
                    r.grade() == null ? "—" : r.grade().label()));
        }
        return new Document(results.round().title() + "结果", List.of(
                new Document.Fields(List.of(new Document.Field("年度", results.round().year() + "年（" + results.round().period().label() + "）"),
                        new Document.Field("述职对象", results.round().upperCommittee() + (results.round().twoWay() ? "、乡镇(街道)村干部（双向述职）" : "")),
                        new Document.Field("应述职", f.expected + " 人"), new Document.Field("已述职", f.submitted + " 人（逾期 " + f.overdue + " 人）"),
                        new Document.Field("测评票数", f.evaluations + " 票"),
                        new Document.Field("综合评定", "好 " + f.gradedExcellent + "，较好 " + f.gradedGood + "，一般 " + f.gradedFair + "，差 " + f.gradedPoor),
                        new Document.Field("评定规则", "上级、下级两方各占一半：好票占比达60%评为好；好与较好票合计达60%评为较好；差票达三分之一评为差；其余为一般"))),
                new Document.Table(List.of("序号", "乡镇(街道)", "述职人", "述职情况", "市委测评(好/较好/一般/差)", "村干部测评(好/较好/一般/差)", "好票率", "平均分", "综合评定"),
                        table),
                new Document.Signature(Wugang.CITY_COMMITTEE, issuedOn)));
    }

    private static String counts(RatingCounts c) {
        return c.excellent() + "/" + c.good() + "/" + c.fair() + "/" + c.poor();
    }
}
