package org.jiceng.module.xingning.rotationtalent.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

import org.jiceng.common.Pages;
import org.jiceng.document.Document;
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The rotation plan of a year (the moves, and the cadres due and not planned) and the catalogue
 * of urgently needed posts as workbooks, each from one {@link Document} rendered by the core.
 * Kept apart so the rest of the module works where the core's spreadsheet renderer is not installed.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private static final String ISSUER = "中共兴宁市委组织部";

    private final Rotations rotations;
    private final Talents talents;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Rotations rotations, @Reference Talents talents, @Reference SpreadsheetRenderer spreadsheets) {
        this.rotations = rotations;
        this.talents = talents;
        this.spreadsheets = spreadsheets;
    }

    @GET
    @Path("rotation-plan.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response rotationPlan(@PathParam("code") String code, @QueryParam("year") String year) {
        int y = RotationResource.yearOr(year);
        List<MoveView> moves = Pages.all(null, Rotations.MOVE_SORTABLE, p -> rotations.moves(code, null, y, null, null, p));
        List<DueCadre> overdue = rotations.due(code, y).stream().filter(d -> d.moveId == null).toList();
        return xlsx(rotationPlan(code, y, moves, overdue), "rotation-plan-" + code + "-" + y);
    }

    @GET
    @Path("needed-posts.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response neededPosts(@PathParam("code") String code) {
        List<PostView> posts = Pages.all(null, Talents.POST_SORTABLE, p -> talents.posts(code, null, null, p));
        return xlsx(neededPosts(code, posts), "needed-posts-" + code);
    }

    private Response xlsx(Document document, String name) {
        return Response.ok(spreadsheets.xlsx(document), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
    }

    static Document rotationPlan(String code, int year, List<MoveView> moves, List<DueCadre> overdue) {
        List<List<String>> rows = new ArrayList<>();
        for (MoveView m : moves) {
            rows.add(List.of(m.townCode, m.memberName, m.fromUnit, m.fromTitle, m.fromLevel.name(), m.tenureSince.toString(),
                    String.valueOf(m.tenureYears), m.due ? "是" : "否", text(m.exceptionReason), m.toUnit, m.toTitle, m.toLevel.name(), m.status.name(),
                    m.executedOn == null ? "" : m.executedOn.toString(), text(m.deferredReason)));
        }
        List<List<String>> late = new ArrayList<>();
        for (DueCadre d : overdue) {
            late.add(List.of(d.townCode, d.memberName, d.unit, text(d.title), d.level.name(), d.since.toString(), String.valueOf(d.years),
                    String.valueOf(d.threshold)));
        }
        return new Document(year + "年度干部交流轮岗计划", List.of(
                new Document.Fields(List.of(new Document.Field("范围", code), new Document.Field("年度", String.valueOf(year)),
                        new Document.Field("交流人数", String.valueOf(moves.size())), new Document.Field("到期未列入计划", String.valueOf(overdue.size())))),
                new Document.Heading("交流轮岗"),
                new Document.Table(List.of("乡镇", "姓名", "原单位", "原职务", "原职级", "任职起始", "任职年限", "到期", "例外原因", "拟任单位", "拟任职务", "拟任职级", "状态",
                        "交流日期", "暂缓原因"), rows),
                new Document.Heading("到期未列入计划"),
                new Document.Table(List.of("乡镇", "姓名", "单位", "职务", "职级", "任职起始", "任职年限", "应交流年限"), late),
                new Document.Signature(ISSUER, LocalDate.now().toString())));
    }

    static Document neededPosts(String code, List<PostView> posts) {
        List<List<String>> rows = new ArrayList<>();
        int needed = 0;
        int filled = 0;
        for (PostView p : posts) {
            rows.add(List.of(String.valueOf(p.year), p.category.nameZh(), p.title, p.unit, p.jurisdictionCode, String.valueOf(p.needed),
                    String.valueOf(p.filled), String.valueOf(p.missing), text(p.note)));
            needed += p.needed;
            filled += Math.min(p.filled, p.needed);
        }
        return new Document("急需紧缺人才目录岗位", List.of(
                new Document.Fields(List.of(new Document.Field("范围", code), new Document.Field("岗位数", String.valueOf(posts.size())),
                        new Document.Field("需求人数", String.valueOf(needed)), new Document.Field("已配备", String.valueOf(filled)))),
                new Document.Heading("岗位"),
                new Document.Table(List.of("年度", "类别", "岗位", "单位", "区划代码", "需求人数", "已配备", "缺口", "备注"), rows),
                new Document.Signature(ISSUER, LocalDate.now().toString())));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
