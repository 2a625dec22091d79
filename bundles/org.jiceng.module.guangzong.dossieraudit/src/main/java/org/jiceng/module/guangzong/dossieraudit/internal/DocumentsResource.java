package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.jiceng.common.Params;
import org.jiceng.document.Document;
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The audit ledger (档案专审台账) as XLSX: a row per dossier of the scope with its findings and
 * fixes, and the figures per township. Kept apart so the rest of the module works where the
 * core's spreadsheet renderer is not installed: only this resource waits for it.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Campaigns campaigns;
    private final Dossiers dossiers;
    private final Figures figures;
    private final Store store;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Campaigns campaigns, @Reference Dossiers dossiers, @Reference Figures figures, @Reference Store store,
            @Reference SpreadsheetRenderer spreadsheets) {
        this.campaigns = campaigns;
        this.dossiers = dossiers;
        this.figures = figures;
        this.store = store;
        this.spreadsheets = spreadsheets;
    }

    @GET
    @Path("campaigns/{id}/ledger.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response ledger(@PathParam("code") String code, @PathParam("id") String id) {
        long campaignId = Params.pathId("id", id);
        CampaignView c = campaigns.get(code, campaignId);
        Document d = ledger(c, figures.of(code, campaignId), dossiers.all(code, campaignId), store);
        return Response.ok(spreadsheets.xlsx(d), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"dossier-audit-ledger-" + campaignId + ".xlsx\"").build();
    }

    static Document ledger(CampaignView c, AuditFigures f, List<DossierView> rows, Store store) {
        List<List<String>> towns = new ArrayList<>();
        for (AuditFigures.TownshipCounts t : f.byTownship) {
            towns.add(List.of(t.townshipName == null ? "" : t.townshipName, String.valueOf(t.inScope), String.valueOf(t.audited),
                    String.valueOf(t.withFindings), String.valueOf(t.fixed), String.valueOf(t.findings), String.valueOf(t.findingsFixed)));
        }
        towns.add(List.of("合计", String.valueOf(f.total.inScope), String.valueOf(f.total.audited), String.valueOf(f.total.withFindings),
                String.valueOf(f.total.fixed), String.valueOf(f.total.findings), String.valueOf(f.total.findingsFixed)));
        List<List<String>> ledger = new ArrayList<>();
        int n = 0;
        for (DossierView d : rows) {
            String found = d.findings.stream()
                    .map(x -> x.criterion.nameZh() + "：" + x.kind + (x.description == null ? "" : "（" + x.description + "）"))
                    .collect(Collectors.joining("；"));
            String fixes = d.findings.stream().filter(x -> x.fixedOn != null).map(x -> x.fixedOn + " " + x.fixedBy + "：" + x.fixNote)
                    .collect(Collectors.joining("；"));
            ledger.add(List.of(String.valueOf(++n), d.townshipCode == null ? "" : store.nameOf(d.townshipCode),
                    store.nameOf(d.jurisdictionCode), d.organizationName, d.memberName, d.birthDate.toString(), status(d),
                    String.valueOf(d.findings.size()), found, fixes, d.auditedOn == null ? "" : d.auditedOn.toString(),
                    d.reauditedOn == null ? "" : d.reauditedOn.toString()));
        }
        // the ledger first (the sheet a township fills in and sums), the figures per township on the second sheet
        return new Document(c.title, List.of(
                new Document.Heading("专审台账"),
                new Document.Fields(List.of(new Document.Field("范围", f.code), new Document.Field("专审期间", c.startsOn + " 至 " + c.endsOn),
                        new Document.Field("对象", c.ageLimit + "岁以下农村党员"))),
                new Document.Table(List.of("序号", "乡镇", "村", "党组织", "姓名", "出生日期", "审核结果", "问题数", "发现问题", "整改情况", "审核日期", "复审日期"), ledger),
                new Document.Heading("汇总"),
                new Document.Table(List.of("乡镇", "专审对象", "已审核", "发现问题", "已整改", "问题数", "已整改问题数"), towns),
                new Document.Signature(Store.ISSUER, LocalDate.now().toString())));
    }

    private static String status(DossierView d) {
        return switch (d.status) {
            case PENDING -> "待审核";
            case FINDINGS -> "整改中";
            case PASSED -> d.rectified ? "整改后复审通过" : "审核通过";
        };
    }
}
