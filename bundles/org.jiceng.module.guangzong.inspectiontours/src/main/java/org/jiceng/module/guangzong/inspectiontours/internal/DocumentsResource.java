package org.jiceng.module.guangzong.inspectiontours.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

import org.jiceng.common.Pages;
import org.jiceng.common.Params;
import org.jiceng.document.Document;
import org.jiceng.document.DocumentRenderer;
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.jiceng.problem.AccountabilityAction;
import org.jiceng.problem.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The problem ledger (巡察问题台账, XLSX) and a round's report (巡察情况报告, PDF). Kept apart so the rest
 * of the module works where the core's renderers are not installed: only this resource waits for them.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private static final Map<String, String> STATUS_ZH = Map.of("FOUND", "待整改", "PLAN_FILED", "已制定方案", "IN_PROGRESS", "整改中", "RECTIFIED", "已整改",
            "VERIFIED", "已整改并复核");
    private static final Map<String, String> ACTION_ZH = Map.of("TALK", "约谈", "INQUIRY_LETTER", "函询", "ADMONISHMENT", "诫勉谈话", "SANCTION", "处分",
            "RECALL", "召回");

    private final Store store;
    private final Rounds rounds;
    private final Findings findings;
    private final TourFigures figures;
    private final DocumentRenderer renderer;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Store store, @Reference Rounds rounds, @Reference Findings findings, @Reference TourFigures figures,
            @Reference DocumentRenderer renderer, @Reference SpreadsheetRenderer spreadsheets) {
        this.store = store;
        this.rounds = rounds;
        this.findings = findings;
        this.figures = figures;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
    }

    /** The problem ledger of the subtree: a row per finding with its rectification and accountability, of a round or a year (all without). */
    @GET
    @Path("ledger.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response ledger(@PathParam("code") String code, @QueryParam("roundId") String roundParam, @QueryParam("year") String yearParam) {
        Long roundId = Params.id("roundId", roundParam);
        Integer year = TourFigures.checkedYear(Params.integer("year", yearParam));
        if (roundId != null) {
            rounds.get(store.countyOf(code), roundId);
        }
        List<FindingEntity> rows = Pages.all("id", Findings.SORTABLE, page -> findings.entities(code, roundId, null, null, year, page));
        Map<Long, Problem> problems = findings.problems(code, rows.stream().map(f -> f.problemId).toList());
        Map<Long, VisitEntity> visits = new HashMap<>();
        Map<Long, RoundEntity> roundsById = new HashMap<>();
        store.tx().read(em -> {
            for (FindingEntity f : rows) {
                visits.computeIfAbsent(f.visitId, id -> em.find(VisitEntity.class, id));
                roundsById.computeIfAbsent(f.roundId, id -> em.find(RoundEntity.class, id));
            }
            return null;
        });
        List<List<String>> table = new ArrayList<>();
        for (FindingEntity f : rows) {
            FindingView v = Findings.view(f, visits.get(f.visitId), roundsById.get(f.roundId), problems.get(f.problemId));
            table.add(List.of(String.valueOf(v.id), "第" + v.roundNumber + "轮", v.unitName, v.unitKind.zh(), v.mode.zh(), v.areaZh, v.description,
                    v.severity, v.foundOn.toString(), v.deadline.toString(), v.responsible == null ? "" : v.responsible,
                    STATUS_ZH.getOrDefault(v.status, v.status), v.rectifiedOn == null ? "" : v.rectifiedOn.toString(),
                    v.verifiedOn == null ? "" : v.verifiedOn.toString(), String.valueOf(v.reopenCount), actions(v.accountability)));
        }
        String title = (year == null ? "" : year + "年") + "基层党建巡察问题台账";
        Document document = new Document(title, List.of(new Document.Table(List.of("编号", "轮次", "被巡察单位", "单位类别", "巡察方式", "问题领域", "问题", "程度",
                "发现日期", "整改时限", "整改责任人", "状态", "整改日期", "复核日期", "复核未通过次数", "问责"), table)));
        return Response.ok(spreadsheets.xlsx(document), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"inspection-ledger-" + code + (year == null ? "" : "-" + year) + ".xlsx\"")
                .build();
    }

    /** A round's report: its period and inspectors, the units by kind and mode, the problems and their rectification, the accountability. */
    @GET
    @Path("rounds/{roundId}")
    @Produces(DocumentRenderer.PDF)
    public Response report(@PathParam("code") String code, @PathParam("roundId") String id) {
        RoundView r = rounds.get(code, Params.pathId("roundId", id));
        Figures f = figures.figures(code, r.startsOn.getYear());
        Figures.FigureRow row = f.perRound.stream().filter(x -> x.key.equals(String.valueOf(r.number))).findFirst()
                .orElse(new Figures.FigureRow(String.valueOf(r.number), r.title));
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Fields(List.of(new Document.Field("轮次", "第" + r.number + "轮"), new Document.Field("名称", r.title),
                new Document.Field("时间", r.startsOn + " 至 " + r.endsOn),
                new Document.Field("巡察专员", r.inspectors.stream().map(i -> i.name).collect(Collectors.joining("、"))),
                new Document.Field("状态", r.closedOn == null ? "进行中" : "已结束(" + r.closedOn + ")"))));
        blocks.add(new Document.Heading("巡察单位"));
        blocks.add(new Document.Table(List.of("乡镇党委", "村", "县直机关", "两新组织", "机动式", "麻雀式", "跟踪式"),
                List.of(List.of(String.valueOf(row.townshipCommittees), String.valueOf(row.villages), String.valueOf(row.countyOrgans),
                        String.valueOf(row.twoNewOrganizations), String.valueOf(row.mobile), String.valueOf(row.sparrow),
                        String.valueOf(row.followUp)))));
        blocks.add(new Document.Heading("发现问题及整改"));
        blocks.add(new Document.Table(List.of("发现问题", "已整改", "已复核", "复核未通过", "整改率(%)"), List.of(List.of(String.valueOf(row.problemsFound),
                String.valueOf(row.rectified), String.valueOf(row.verified), String.valueOf(row.reopened),
                row.rectificationRate == null ? "" : row.rectificationRate.toPlainString()))));
        List<List<String>> areas = new ArrayList<>();
        Map<Area, Long> perArea = new java.util.EnumMap<>(Area.class);
        Pages.each("id", Findings.SORTABLE, page -> findings.entities(code, r.id, null, null, null, page), x -> perArea.merge(x.area, 1L, Long::sum));
        perArea.forEach((a, n) -> areas.add(List.of(a.zh(), String.valueOf(n))));
        if (!areas.isEmpty()) {
            blocks.add(new Document.Table(List.of("问题领域", "问题数"), areas));
        }
        blocks.add(new Document.Heading("问责情况"));
        blocks.add(new Document.Table(List.of("约谈", "函询", "诫勉谈话", "处分", "召回"), List.of(List.of(String.valueOf(row.talks),
                String.valueOf(row.inquiryLetters), String.valueOf(row.admonishments), String.valueOf(row.sanctions), String.valueOf(row.recalls)))));
        blocks.add(new Document.Signature("中共" + store.jurisdictions().get(r.jurisdictionCode).name() + "委巡察组", store.today().toString()));
        byte[] pdf = renderer.pdf(new Document("第" + r.number + "轮基层党建巡察情况报告", blocks));
        return Response.ok(pdf, DocumentRenderer.PDF).header("Content-Disposition", "inline; filename=\"inspection-round-" + r.number + ".pdf\"")
                .build();
    }

    private static String actions(List<AccountabilityAction> actions) {
        return actions == null
                ? ""
                : actions.stream().map(a -> ACTION_ZH.getOrDefault(a.type().name(), a.type().name())).collect(Collectors.joining("、"));
    }
}
