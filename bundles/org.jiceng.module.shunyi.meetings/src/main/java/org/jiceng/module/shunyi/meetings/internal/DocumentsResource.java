package org.jiceng.module.shunyi.meetings.internal;

import java.util.ArrayList;
import java.util.List;

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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The year's meeting plan as the county circulates it (XLSX) and a meeting's minutes (PDF). Kept
 * apart so the rest of the module works where the core's renderers are not installed: only this
 * resource waits for them.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Store store;
    private final Meetings meetings;
    private final MeetingFigures figures;
    private final DocumentRenderer renderer;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Store store, @Reference Meetings meetings, @Reference MeetingFigures figures,
            @Reference DocumentRenderer renderer,
            @Reference SpreadsheetRenderer spreadsheets) {
        this.store = store;
        this.meetings = meetings;
        this.figures = figures;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
    }

    /** The meeting plan of a year (全年会议计划): a row per meeting, planned and held. */
    @GET
    @Path("plan.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response plan(@PathParam("code") String code, @QueryParam("year") String yearParam) {
        int year = figures.year(Params.integer("year", yearParam));
        List<List<String>> rows = new ArrayList<>();
        Pages.each("plannedOn", Meetings.SORTABLE, page -> meetings.list(code, year, null, null, page), m -> rows.add(List.of(String.valueOf(m.id),
                m.title, m.subject, m.plannedOn.toString(), m.state == MeetingState.HELD ? "已召开" : "计划", m.heldOn == null ? "" : m.heldOn.toString(),
                m.chairedBy == null ? "" : m.chairedBy, m.attendees == null ? "" : String.valueOf(m.attendees))));
        Document document = new Document(year + "年党建工作会议计划", List.of(new Document.Table(List.of("编号", "会议", "议题", "计划日期", "状态", "召开日期",
                "主持人", "参会人数"), rows)));
        return Response.ok(spreadsheets.xlsx(document), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"meeting-plan-" + code + "-" + year + ".xlsx\"").build();
    }

    /** A meeting's minutes (会议纪要). */
    @GET
    @Path("meetings/{meetingId}")
    @Produces(DocumentRenderer.PDF)
    public Response minutes(@PathParam("code") String code, @PathParam("meetingId") String id) {
        MeetingView m = meetings.get(code, Params.pathId("meetingId", id));
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Fields(List.of(new Document.Field("会议", m.title), new Document.Field("议题", m.subject),
                new Document.Field("日期", m.heldOn == null ? "计划 " + m.plannedOn : m.heldOn.toString()),
                new Document.Field("主持人", m.chairedBy == null ? "" : m.chairedBy),
                new Document.Field("参会人数", m.attendees == null ? "" : String.valueOf(m.attendees)))));
        blocks.add(new Document.Heading("纪要"));
        blocks.add(new Document.Paragraph(m.minutes == null ? "会议尚未召开。" : m.minutes));
        blocks.add(new Document.Signature("中共" + store.jurisdictions().get(m.countyCode).name() + "委党的建设工作领导小组办公室",
                m.heldOn == null ? store.today().toString() : m.heldOn.toString()));
        byte[] pdf = renderer.pdf(new Document(m.title + "纪要", blocks));
        return Response.ok(pdf, DocumentRenderer.PDF).header("Content-Disposition", "inline; filename=\"meeting-" + m.id + ".pdf\"").build();
    }
}
