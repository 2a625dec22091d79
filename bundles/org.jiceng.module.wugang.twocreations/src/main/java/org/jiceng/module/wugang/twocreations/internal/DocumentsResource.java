package org.jiceng.module.wugang.twocreations.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.jiceng.document.Document;
import org.jiceng.document.DocumentRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Printable documents (PDF) for the county's circulars: the ranking down to villages and the list of
 * branches accepted. Kept apart so the rest of the module works where the core's document renderer is
 * not installed: only this resource waits for it.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Ranking ranking;
    private final Results results;
    private final DocumentRenderer renderer;

    @Activate
    public DocumentsResource(@Reference Ranking ranking, @Reference Results results, @Reference DocumentRenderer renderer) {
        this.ranking = ranking;
        this.results = results;
        this.renderer = renderer;
    }

    /** 考核排名: every cross-inspected branch of the level and year, with its rank in the scope and in its township. */
    @GET
    @Path("rankings/{level}/{year}")
    @Produces(DocumentRenderer.PDF)
    public Response ranking(@PathParam("code") String code, @PathParam("level") String level, @PathParam("year") String year) {
        CreationLevel l = RankingResource.level(level);
        int y = RankingResource.year(year);
        Document d = rankingDocument(code, l, y, ranking.all(code, l, y), results.figures(code, y, LocalDate.now()));
        return pdf(d, "two-creations-ranking-" + l.name().toLowerCase(java.util.Locale.ROOT) + "-" + y + ".pdf");
    }

    /** 验收合格名单: the branches accepted at the level in the year. */
    @GET
    @Path("acceptance/{level}/{year}")
    @Produces(DocumentRenderer.PDF)
    public Response acceptance(@PathParam("code") String code, @PathParam("level") String level, @PathParam("year") String year) {
        CreationLevel l = RankingResource.level(level);
        int y = RankingResource.year(year);
        List<RankingRow> accepted = ranking.all(code, l, y).stream().filter(r -> r.stage == Stage.ACCEPTED).toList();
        return pdf(acceptanceDocument(code, l, y, accepted),
                "two-creations-accepted-" + l.name().toLowerCase(java.util.Locale.ROOT) + "-" + y + ".pdf");
    }

    private Response pdf(Document document, String filename) {
        return Response.ok(renderer.pdf(document), DocumentRenderer.PDF).header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                .build();
    }

    static Document rankingDocument(String code, CreationLevel level, int year, List<RankingRow> rows, Figures figures) {
        List<List<String>> table = new ArrayList<>();
        for (RankingRow r : rows) {
            table.add(List.of(String.valueOf(r.rank), r.townshipName, r.townshipRank + "/" + r.townshipSize, r.organizationName, num(r.crossScore),
                    num(r.selfCheckScore), stage(r.stage)));
        }
        return new Document("武冈市" + level.nameZh() + "创建考核排名（" + year + "年）",
                List.of(new Document.Fields(List.of(new Document.Field("范围", code), new Document.Field("年度", String.valueOf(year)),
                        new Document.Field("参评党支部", String.valueOf(rows.size())),
                        new Document.Field("标准化党支部验收合格率", figures.passPercent + "%"),
                        new Document.Field("示范化党支部", String.valueOf(figures.modelBranches)))),
                        new Document.Table(List.of("名次", "乡镇", "乡镇内名次", "党支部", "交叉检查得分", "自查得分", "验收结果"), table),
                        new Document.Signature(Store.ISSUER, LocalDate.now().toString())));
    }

    static Document acceptanceDocument(String code, CreationLevel level, int year, List<RankingRow> accepted) {
        List<List<String>> table = new ArrayList<>();
        int n = 0;
        for (RankingRow r : accepted) {
            table.add(List.of(String.valueOf(++n), r.townshipName, r.organizationName, r.jurisdictionName, num(r.crossScore)));
        }
        return new Document("武冈市" + year + "年度" + level.nameZh() + "验收合格名单",
                List.of(new Document.Paragraph("经党支部自查、乡镇纪检组织委员交叉检查和市委验收，以下" + accepted.size() + "个党支部验收合格，评定为" + level.nameZh() + "。"),
                        new Document.Fields(List.of(new Document.Field("范围", code), new Document.Field("年度", String.valueOf(year)))),
                        new Document.Table(List.of("序号", "乡镇", "党支部", "村（社区）", "交叉检查得分"), table),
                        new Document.Signature(Store.ISSUER, LocalDate.now().toString())));
    }

    private static String stage(Stage stage) {
        return switch (stage) {
            case ACCEPTED -> "验收合格";
            case REJECTED -> "验收不合格";
            default -> "待验收";
        };
    }

    private static String num(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
