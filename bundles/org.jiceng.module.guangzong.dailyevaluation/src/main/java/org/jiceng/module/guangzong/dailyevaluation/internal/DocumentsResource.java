package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.jiceng.common.Params;
import org.jiceng.document.Document;
import org.jiceng.document.DocumentRenderer;
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Documents: the year's ranking as a workbook (points as numbers, so it can be sorted and summed),
 * and a member's record of the year — board points, ranks and every entry — as the PDF the member
 * signs. Kept apart so the rest of the module works where the core's renderers are not installed.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Results results;
    private final Members members;
    private final Entries entries;
    private final DocumentRenderer renderer;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Results results, @Reference Members members, @Reference Entries entries,
            @Reference DocumentRenderer renderer, @Reference SpreadsheetRenderer spreadsheets) {
        this.results = results;
        this.members = members;
        this.entries = entries;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
    }

    @GET
    @Path("ranking/{year}.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response ranking(@PathParam("code") String code, @PathParam("year") String yearParam) {
        int year = Params.year("year", yearParam);
        Figures f = results.figures(code, year);
        List<List<String>> rows = new ArrayList<>();
        for (EvaluatedEntity m : members.all(code, year)) {
            rows.add(List.of(text(m.countyRank), m.townshipCode, text(m.rank), m.memberName, m.post == null ? "" : m.post, num(m.work),
                    num(m.virtue), num(m.study), num(m.total), m.grade == null ? "" : m.grade));
        }
        Document d = new Document("党员干部日常量化考评排名(" + year + "年度)", List.of(
                new Document.Fields(List.of(new Document.Field("范围", code), new Document.Field("年度", String.valueOf(year)),
                        new Document.Field("状态", f.state), new Document.Field("试点乡镇", String.valueOf(f.townships)),
                        new Document.Field("考评人数", String.valueOf(f.members)), new Document.Field("记分条数", String.valueOf(f.entries)))),
                new Document.Heading("排名"),
                new Document.Table(List.of("全县名次", "乡镇", "乡镇名次", "姓名", "职务", "日常工作测评", "德的考评", "学习提升", "总分", "等次"), rows)));
        return Response.ok(spreadsheets.xlsx(d), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"daily-evaluation-ranking-" + code + "-" + year + ".xlsx\"").build();
    }

    /** A member's record of the year: what each board came to, where the member ranks, and every entry with who recorded it. */
    @GET
    @Path("members/{id}")
    @Produces(DocumentRenderer.PDF)
    public Response record(@PathParam("code") String code, @PathParam("id") String id) {
        MemberView m = members.get(code, Params.pathId("id", id));
        List<List<String>> rows = new ArrayList<>();
        for (EntryEntity e : entries.allOf(m.id)) {
            EntryView v = EntryView.of(e);
            rows.add(List.of(v.recordedOn.toString(), v.boardName, v.itemName, num(v.points), v.reason, v.recordedBy));
        }
        Document d = new Document("党员干部日常量化考评记实(" + m.year + "年度)", List.of(
                new Document.Fields(List.of(new Document.Field("姓名", m.memberName), new Document.Field("职务", m.post == null ? "" : m.post),
                        new Document.Field("乡镇", m.township), new Document.Field("日常工作测评", num(m.work)), new Document.Field("“德”的考评", num(m.virtue)),
                        new Document.Field("学习提升", num(m.study)), new Document.Field("总分", num(m.total)),
                        new Document.Field("乡镇名次", m.rank == null ? "" : m.rank + "/" + m.townshipSize),
                        new Document.Field("全县名次", m.countyRank == null ? "" : m.countyRank + "/" + m.countySize),
                        new Document.Field("等次", m.grade == null ? "" : m.grade))),
                new Document.Heading("记分明细"), new Document.Table(List.of("日期", "板块", "事项", "分值", "事由", "记录人"), rows),
                new Document.Signature("中共广宗县委组织部", LocalDate.now().toString())));
        return Response.ok(renderer.pdf(d), DocumentRenderer.PDF)
                .header("Content-Disposition", "inline; filename=\"daily-evaluation-" + m.id + "-" + m.year + ".pdf\"").build();
    }

    private static String num(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String text(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }
}
