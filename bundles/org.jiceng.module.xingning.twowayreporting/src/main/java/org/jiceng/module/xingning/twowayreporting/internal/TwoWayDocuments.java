package org.jiceng.module.xingning.twowayreporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.document.Document;
import org.jiceng.duty.DutyReport;
import org.jiceng.duty.Evaluation;
import org.jiceng.duty.RaterKind;

/** The printable result list and a secretary's report card, built from computed results only. */
final class TwoWayDocuments {
    static final String WEIGHTING_TEXT = "市委委员评分（上级）与镇村干部评分（下级）按权重合成综合得分";

    private TwoWayDocuments() {
    }

    /** The round's result list (述职评议结果与进退留转), one row per secretary by rank; numbers stay numbers in the workbook. */
    static Document resultList(RoundOutcome o, String issuedOn) {
        List<List<String>> rows = new ArrayList<>();
        for (SecretaryResult s : o.secretaries) {
            rows.add(List.of(s.rank == null ? "" : String.valueOf(s.rank), s.townCode, s.townName, s.reporterName, s.submitted ? "已述职" : "未述职",
                    String.valueOf(s.upperRaters), text(s.upperScore), String.valueOf(s.lowerRaters), text(s.lowerScore), text(s.combinedScore),
                    s.grade == null ? "" : s.grade, s.outcomeLabel, s.reason));
        }
        return new Document(o.title + "结果", List.of(
                new Document.Fields(List.of(new Document.Field("年度", o.year + "年"), new Document.Field("状态", o.finalResult ? "已结束（结果确定）" : "进行中"),
                        new Document.Field("权重", "市委委员 " + o.upperWeight + "%，镇村干部 " + o.lowerWeight + "%"),
                        new Document.Field("评优评先、提拔使用", "综合得分达 " + o.recommendScore.toPlainString() + " 分且上下两方均不低于 " + o.talkScore.toPlainString()
                                + " 分"),
                        new Document.Field("约谈提醒", "综合得分或任一方评分低于 " + o.talkScore.toPlainString() + " 分，或未述职、未经双向测评"),
                        new Document.Field("应述职", o.expected + " 人"), new Document.Field("已述职", o.submitted + " 人"),
                        new Document.Field("双向测评", o.scored + " 人，" + o.evaluations + " 票"),
                        new Document.Field("结果", "推荐评优评先、提拔使用 " + o.recommended + " 人，留任 " + o.retained + " 人，约谈提醒 " + o.talk + " 人"
                                + (o.pending > 0 ? "，待测评 " + o.pending + " 人" : "")))),
                new Document.Heading("述职评议结果"),
                new Document.Table(List.of("名次", "镇街代码", "镇街", "述职人", "述职情况", "市委委员评分人数", "市委委员平均分", "镇村干部评分人数", "镇村干部平均分", "综合得分",
                        "综合评定", "结果运用", "说明"), rows),
                new Document.Signature(Xingning.CITY_COMMITTEE, issuedOn)));
    }

    /** A secretary's report card (述职评议结果通知): the report, every score from above and below, the result and what follows. */
    static Document reportCard(String title, DutyReport report, SecretaryResult s, List<Evaluation> evaluations, int upperWeight, int lowerWeight,
            String issuedOn) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (RaterKind kind : RaterKind.values()) {
            for (Evaluation e : evaluations) {
                if (e.raterKind() == kind) {
                    rows.add(List.of(String.valueOf(n++), kind == RaterKind.UPPER ? "市委委员" : "镇村干部", e.rater(),
                            e.score() == null ? "" : String.valueOf(e.score()), e.rating().label(), e.ratedOn().toString()));
                }
            }
        }
        return new Document(title + "结果通知", List.of(
                new Document.Fields(List.of(new Document.Field("镇街", s.townName + "（" + s.townCode + "）"), new Document.Field("述职人", s.reporterName),
                        new Document.Field("述职日期", report.submittedOn() == null ? "未述职" : report.submittedOn().toString()),
                        new Document.Field("市委委员评分", s.upperRaters + " 人，平均 " + text(s.upperScore) + " 分（权重 " + upperWeight + "%）"),
                        new Document.Field("镇村干部评分", s.lowerRaters + " 人，平均 " + text(s.lowerScore) + " 分（权重 " + lowerWeight + "%）"),
                        new Document.Field("综合得分", text(s.combinedScore)), new Document.Field("名次", s.rank == null ? "—" : String.valueOf(s.rank)),
                        new Document.Field("综合评定", s.grade == null ? "—" : s.grade),
                        new Document.Field("结果运用", s.outcomeLabel + "（" + s.reason + "）"))),
                new Document.Heading("述职报告"), new Document.Paragraph(report.summary() == null ? "（未提交）" : report.summary()),
                new Document.Heading("评分明细"), new Document.Table(List.of("序号", "评分方", "评分人", "分数", "等次", "日期"), rows),
                new Document.Paragraph("根据“双向”述职制度，考核结果与年度评优评先和乡镇领导干部的进退留转挂钩。"),
                new Document.Signature(Xingning.CITY_COMMITTEE, issuedOn)));
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
