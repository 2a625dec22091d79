package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.jiceng.common.Params;
import org.jiceng.document.Document;
import org.jiceng.document.DocumentRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Printable documents: the session notice, the session's resolutions, an election's result. Only
 * this component needs the core's renderer, so the rest of the module works without it.
 */
@Component(service = CongressDocuments.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + CongressStore.MODULE_ID + "/documents")
@Produces(DocumentRenderer.PDF)
public class CongressDocuments {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Sessions sessions;
    private final Elections elections;
    private final DocumentRenderer renderer;

    @Activate
    public CongressDocuments(@Reference Sessions sessions, @Reference Elections elections, @Reference DocumentRenderer renderer) {
        this.sessions = sessions;
        this.elections = elections;
        this.renderer = renderer;
    }

    @GET
    @Path("sessions/{id}/notice.pdf")
    public Response notice(@PathParam("code") String code, @PathParam("id") String id) {
        long sessionId = Params.pathId("id", id);
        Views.Session s = sessions.get(code, sessionId);
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Paragraph("各位党代表:"));
        blocks.add(new Document.Paragraph("经镇党委研究, 定于" + DAY.format(s.convenedOn()) + "召开" + s.title() + ", 会期" + s.days() + "天。"
                + (s.noticeText() == null ? "" : "\n" + s.noticeText())));
        blocks.add(new Document.Fields(List.of(new Document.Field("会议时间", DAY.format(s.convenedOn())),
                new Document.Field("会议地点", s.venue() == null ? "另行通知" : s.venue()),
                new Document.Field("应到代表", s.delegatesTotal() + "名"))));
        blocks.add(new Document.Heading("会议议程"));
        List<List<String>> rows = new ArrayList<>();
        s.agenda().forEach(a -> rows.add(List.of(String.valueOf(a.number()), a.title())));
        blocks.add(new Document.Table(List.of("序号", "议程"), rows));
        blocks.add(new Document.Paragraph("请各位代表凭代表证准时参会。"));
        blocks.add(new Document.Signature("中共" + s.townName() + "委员会", DAY.format(s.noticeIssuedOn())));
        return pdf(new Document("关于召开" + s.title() + "的通知", blocks), "notice-" + sessionId);
    }

    @GET
    @Path("sessions/{id}/resolution.pdf")
    public Response resolution(@PathParam("code") String code, @PathParam("id") String id) {
        long sessionId = Params.pathId("id", id);
        Views.Session s = sessions.get(code, sessionId);
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Paragraph(s.title() + "于" + DAY.format(s.convenedOn()) + "召开, 应到代表" + s.delegatesTotal() + "名, 实到"
                + (s.presentCount() == null ? 0 : s.presentCount()) + "名。会议审议并通过以下事项:"));
        List<List<String>> rows = new ArrayList<>();
        for (Views.AgendaItem a : s.agenda()) {
            String votes = a.votesFor() == null ? "" : a.votesFor() + "/" + nz(a.votesAgainst()) + "/" + nz(a.abstentions());
            String result = a.adopted() == null ? (a.status() == ItemStatus.DONE ? "已完成" : "未完成") : a.adopted() ? "通过" : "未通过";
            rows.add(List.of(String.valueOf(a.number()), a.title(), a.outcome() == null ? "" : a.outcome(), votes, result));
        }
        blocks.add(new Document.Table(List.of("序号", "事项", "决议", "赞成/反对/弃权", "结果"), rows));
        blocks.add(new Document.Signature(s.title(), DAY.format(s.closedOn() == null ? LocalDate.now() : s.closedOn())));
        return pdf(new Document(s.title() + "决议", blocks), "resolution-" + sessionId);
    }

    @GET
    @Path("elections/{id}/result.pdf")
    public Response election(@PathParam("code") String code, @PathParam("id") String id) {
        long electionId = Params.pathId("id", id);
        Views.Election e = elections.get(code, electionId);
        Views.Session s = sessions.get(code, e.sessionId());
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Fields(List.of(new Document.Field("会议", s.title()), new Document.Field("选举事项", e.kind().name()),
                new Document.Field("应选名额", String.valueOf(e.seats())),
                new Document.Field("到会有选举权的代表", e.votersPresent() == null ? "未计票" : e.votersPresent() + "名"),
                new Document.Field("发出/收回/无效选票",
                        e.ballotsIssued() == null ? "未计票" : e.ballotsIssued() + "/" + e.ballotsReturned() + "/" + e.invalidBallots()))));
        List<List<String>> rows = new ArrayList<>();
        e.candidates().forEach(c -> rows.add(List.of(c.name(), c.votes() == null ? "" : String.valueOf(c.votes()),
                c.outcome() == null ? "" : c.outcome() == CandidateOutcome.ELECTED ? "当选" : "未当选 (" + c.outcome() + ")")));
        blocks.add(new Document.Table(List.of("候选人", "得票", "结果"), rows));
        if (e.minutes() != null) {
            blocks.add(new Document.Heading("计票记录"));
            blocks.add(new Document.Paragraph(e.minutes()));
        }
        blocks.add(new Document.Signature(s.title() + "总监票人", DAY.format(e.countedAt() == null ? LocalDate.now() : e.countedAt().toLocalDate())));
        return pdf(new Document("选举结果报告", blocks), "election-" + electionId);
    }

    private Response pdf(Document document, String name) {
        return Response.ok(renderer.pdf(document), DocumentRenderer.PDF).header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"")
                .build();
    }

    private static int nz(Integer n) {
        return n == null ? 0 : n;
    }
}
