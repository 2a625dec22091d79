package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiceng.document.Document;

/** The village's service-day ledger (村级集中服务日台账): each service day with its cadres on duty and what residents applied for. */
final class LedgerDocument {
    private LedgerDocument() {
    }

    static Document of(String villageName, String villageCode, LocalDate from, LocalDate to, List<SessionView> sessions,
            List<ApplicationView> applications, FigureRow figures, LocalDate printedOn) {
        Map<Long, List<ApplicationView>> bySession = applications.stream().collect(Collectors.groupingBy(a -> a.sessionId));
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Fields(List.of(new Document.Field("村", villageName + " (" + villageCode + ")"),
                new Document.Field("期间", from + " 至 " + to), new Document.Field("服务日", String.valueOf(sessions.size())),
                new Document.Field("申办事项", String.valueOf(figures.applications)),
                new Document.Field("按时办结", figures.onTime + " (" + figures.onTimePercent + "%)"),
                new Document.Field("逾期未办结", String.valueOf(figures.overdue)),
                new Document.Field("满意率", figures.satisfactionPercent + "%"))));
        for (SessionView s : sessions) {
            blocks.add(new Document.Heading(s.heldOn + " " + s.venue + (s.closed ? "" : " (未结束)")));
            String duty = s.duty.stream().map(d -> d.memberName + (d.role == DutyRole.STATIONED_CADRE ? "(驻村)" : ""))
                    .collect(Collectors.joining("、"));
            blocks.add(new Document.Paragraph("坐班干部: " + duty));
            List<List<String>> rows = new ArrayList<>();
            for (ApplicationView a : bySession.getOrDefault(s.id, List.of())) {
                rows.add(List.of(a.residentName, a.matterTypeZh, a.matter, text(a.agentName), a.deadline.toString(), result(a),
                        timeliness(a.timeliness),
                        satisfaction(a.satisfaction)));
            }
            if (rows.isEmpty()) {
                blocks.add(new Document.Paragraph("本次服务日无群众申办事项。"));
            } else {
                blocks.add(new Document.Table(List.of("申办人", "类别", "事项", "代办干部", "承诺时限", "办理结果", "时效", "满意度"), rows));
            }
        }
        blocks.add(new Document.Signature(villageName + "村级便民服务点", printedOn.toString()));
        return new Document(villageName + "村级集中服务日台账", blocks);
    }

    private static String result(ApplicationView a) {
        if (a.outcome == null) {
            return a.hallForwardedOn == null ? "办理中" : "已报乡镇一站通大厅";
        }
        return switch (a.outcome) {
            case DONE -> "办结 " + a.decidedOn;
            case REFUSED -> "不予办理 " + a.decidedOn + ": " + text(a.outcomeNote);
            case FORWARDED -> "转办 " + a.decidedOn + ": " + text(a.outcomeNote);
        };
    }

    private static String timeliness(Timeliness t) {
        return switch (t) {
            case ON_TIME -> "按时";
            case LATE -> "超时办结";
            case OVERDUE -> "逾期";
            case OPEN -> "时限内";
        };
    }

    private static String satisfaction(Satisfaction s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case SATISFIED -> "满意";
            case BASICALLY_SATISFIED -> "基本满意";
            case DISSATISFIED -> "不满意";
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
