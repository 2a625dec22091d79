package org.jiceng.module.xingning.reservecadres.internal;

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
import org.jiceng.common.Params;
import org.jiceng.document.Document;
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The reserve roster (后备干部花名册) as a workbook, from one {@link Document} rendered by the core.
 * Kept apart so the rest of the module works where the core's spreadsheet renderer is not installed.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Reserves reserves;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Reserves reserves, @Reference SpreadsheetRenderer spreadsheets) {
        this.reserves = reserves;
        this.spreadsheets = spreadsheets;
    }

    /** The roster of the scope: reserves in training unless another status is asked for. */
    @GET
    @Path("roster.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response roster(@PathParam("code") String code, @QueryParam("status") String status) {
        ReserveStatus s = Params.enumOf(ReserveStatus.class, "status", status);
        ReserveStatus wanted = s == null ? ReserveStatus.IN_TRAINING : s;
        List<ReserveView> rows = Pages.all(null, Reserves.SORTABLE, p -> reserves.list(code, null, null, null, wanted, null, p));
        byte[] xlsx = spreadsheets.xlsx(document(code, wanted, rows));
        return Response.ok(xlsx, SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"reserve-cadres-" + code + ".xlsx\"").build();
    }

    static Document document(String code, ReserveStatus status, List<ReserveView> rows) {
        List<List<String>> table = new ArrayList<>();
        for (ReserveView r : rows) {
            table.add(List.of(r.townCode == null ? "" : r.townCode, r.villageName, r.villageCode, r.memberName, r.role.nameZh(),
                    r.termStart + "—" + (r.termEnd == null ? "" : r.termEnd), r.since.toString(), r.focused ? "是" : "",
                    r.focusReason == null ? "" : r.focusReason.name(), String.valueOf(r.trainingHours), r.status.name(),
                    r.outcome == null ? "" : r.outcome.name() + (r.outcomeReason == null ? "" : " " + r.outcomeReason)));
        }
        return new Document("村级后备干部\"123工程\"花名册", List.of(
                new Document.Fields(List.of(new Document.Field("范围", code), new Document.Field("状态", status.name()),
                        new Document.Field("人数", String.valueOf(rows.size())))),
                new Document.Heading("后备干部"),
                new Document.Table(List.of("乡镇", "村(社区)", "村代码", "姓名", "类别", "任期", "列入日期", "重点培养", "重点培养原因", "培训学时", "状态", "结果"), table),
                new Document.Signature("中共兴宁市委组织部", LocalDate.now().toString())));
    }
}
