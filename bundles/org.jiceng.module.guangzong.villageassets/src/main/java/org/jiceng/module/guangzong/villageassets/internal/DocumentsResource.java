package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
 * The asset ledger (资产台账) and a stock-taking's differences (盘点差异表) as XLSX, a venue's ledger
 * card (资产台账卡) as PDF. Kept apart so the rest of the module works where the core's renderers are
 * not installed: only this resource waits for them.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Venues venues;
    private final Stocktakes stocktakes;
    private final Store store;
    private final DocumentRenderer pdfs;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Venues venues, @Reference Stocktakes stocktakes, @Reference Store store, @Reference DocumentRenderer pdfs,
            @Reference SpreadsheetRenderer spreadsheets) {
        this.venues = venues;
        this.stocktakes = stocktakes;
        this.store = store;
        this.pdfs = pdfs;
        this.spreadsheets = spreadsheets;
    }

    /** Every item of the subtree's venues, a numbered row each, and the figures per township. */
    @GET
    @Path("ledger.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response ledger(@PathParam("code") String code) {
        Map<Long, VenueView> byId = new HashMap<>();
        Pages.each("id", Venues.SORTABLE, p -> venues.list(code, null, null, p), v -> byId.put(v.id, v));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (ItemView i : venues.allItems(code)) {
            VenueView v = byId.get(i.venueId);
            rows.add(
                    List.of(String.valueOf(++n), name(v.townshipCode), v.villageName, v.name, i.category.nameZh(), i.name, String.valueOf(i.quantity),
                            i.area == null ? "" : i.area.toPlainString(), i.unitValue.toPlainString(), i.value.toPlainString(),
                            i.acquiredOn == null ? "" : i.acquiredOn.toString()));
        }
        AssetFigures f = venues.figures(code);
        List<List<String>> towns = new ArrayList<>();
        for (AssetFigures.TownshipAssets t : f.byTownship) {
            towns.add(assetRow(t.townshipName, t));
        }
        towns.add(assetRow("合计", f.total));
        Document d = new Document("村级组织活动场所资产台账", List.of(new Document.Heading("资产台账"),
                new Document.Fields(List.of(new Document.Field("范围", name(code)), new Document.Field("活动场所", String.valueOf(f.total.venues)))),
                new Document.Table(List.of("序号", "乡镇", "村", "活动场所", "类别", "名称", "数量", "面积（平方米）", "单价（元）", "价值（元）", "购置日期"), rows),
                new Document.Heading("汇总"),
                new Document.Table(List.of("乡镇", "活动场所", "新建", "改扩建", "规范完善", "投入（元）", "建筑面积", "场地面积", "设备件数", "资产价值（元）"), towns),
                new Document.Signature(Store.ISSUER, LocalDate.now().toString())));
        return Response.ok(spreadsheets.xlsx(d), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"village-assets-ledger-" + code + ".xlsx\"").build();
    }

    /** A stock-taking's differences in the subtree, a numbered row each with its settlement, and the figures per township. */
    @GET
    @Path("stocktakes/{id}/differences.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response differences(@PathParam("code") String code, @PathParam("id") String id) {
        long stocktakeId = Params.pathId("id", id);
        StocktakeFigures f = stocktakes.figures(code, stocktakeId);
        List<CountView> counts = Pages.all("id", Stocktakes.COUNT_SORTABLE,
                p -> stocktakes.counts(code, new Stocktakes.Filter(stocktakeId, null, true, null, null), p));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (CountView c : counts) {
            rows.add(List.of(String.valueOf(++n), name(c.townshipCode), name(c.villageCode), c.category.nameZh(), c.itemName,
                    String.valueOf(c.ledgerQuantity), String.valueOf(c.countedQuantity), String.valueOf(c.damagedQuantity), c.kind.nameZh(),
                    c.differenceValue.toPlainString(), c.settledOn == null ? "未处理" : c.settledOn.toString(),
                    c.settlementReason == null ? "" : c.settlementReason));
        }
        List<List<String>> towns = new ArrayList<>();
        for (StocktakeFigures.TownshipStock t : f.byTownship) {
            towns.add(stockRow(t.townshipName, t));
        }
        towns.add(stockRow("合计", f.total));
        Document d = new Document(f.year + "年度村级组织活动场所资产清产核算", List.of(new Document.Heading("盘点差异"),
                new Document.Fields(List.of(new Document.Field("范围", name(code)), new Document.Field("年度", String.valueOf(f.year)))),
                new Document.Table(List.of("序号", "乡镇", "村", "类别", "名称", "账面数量", "实盘数量", "毁损数量", "差异", "差异金额（元）", "处理日期", "处理说明"), rows),
                new Document.Heading("汇总"),
                new Document.Table(List.of("乡镇", "活动场所", "已盘点", "盘点项目", "差异", "盘亏", "盘盈", "毁损", "已处理", "损失金额（元）", "盘盈金额（元）"), towns),
                new Document.Signature(Store.ISSUER, LocalDate.now().toString())));
        return Response.ok(spreadsheets.xlsx(d), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"village-assets-differences-" + stocktakeId + ".xlsx\"").build();
    }

    /** A venue's ledger card: the venue, its items, the adjustments made to them, signed by the county. */
    @GET
    @Path("venues/{id}/card.pdf")
    @Produces(DocumentRenderer.PDF)
    public Response card(@PathParam("code") String code, @PathParam("id") String id) {
        LedgerView l = venues.ledger(code, Params.pathId("id", id));
        VenueView v = l.venue;
        List<List<String>> items = new ArrayList<>();
        int n = 0;
        for (ItemView i : l.items) {
            items.add(List.of(String.valueOf(++n), i.category.nameZh(), i.name, String.valueOf(i.quantity),
                    i.area == null ? "" : i.area.toPlainString(),
                    i.unitValue.toPlainString(), i.value.toPlainString()));
        }
        List<List<String>> adjustments = new ArrayList<>();
        for (AdjustmentView a : l.adjustments) {
            adjustments.add(List.of(a.adjustedOn.toString(), a.itemName == null ? "" : a.itemName, String.valueOf(a.quantityBefore),
                    String.valueOf(a.quantityAfter), a.reason));
        }
        List<Document.Block> blocks = new ArrayList<>(List.of(
                new Document.Fields(List.of(new Document.Field("乡镇", name(v.townshipCode)), new Document.Field("村", v.villageName),
                        new Document.Field("党组织", v.organizationName == null ? "" : v.organizationName), new Document.Field("活动场所", v.name),
                        new Document.Field("地址", v.address == null ? "" : v.address), new Document.Field("两室建设", v.improvement.nameZh()),
                        new Document.Field("投入资金（元）", v.investment.toPlainString()), new Document.Field("资产总值（元）", l.totalValue.toPlainString()))),
                new Document.Heading("资产明细"),
                new Document.Table(List.of("序号", "类别", "名称", "数量", "面积（平方米）", "单价（元）", "价值（元）"), items)));
        if (!adjustments.isEmpty()) {
            blocks.add(new Document.Heading("台账调整记录"));
            blocks.add(new Document.Table(List.of("日期", "名称", "调整前", "调整后", "原因"), adjustments));
        }
        blocks.add(new Document.Signature(Store.ISSUER, LocalDate.now().toString()));
        Document d = new Document(v.villageName + "村级组织活动场所资产台账卡", blocks);
        return Response.ok(pdfs.pdf(d), DocumentRenderer.PDF).header("Content-Disposition", "inline; filename=\"venue-card-" + v.id + ".pdf\"")
                .build();
    }

    private String name(String code) {
        return code == null ? "" : store.nameOf(code);
    }

    private static List<String> assetRow(String name, AssetFigures.Assets a) {
        return List.of(name == null ? "" : name, String.valueOf(a.venues), String.valueOf(a.built), String.valueOf(a.expanded),
                String.valueOf(a.refitted), plain(a.investment), plain(a.buildingArea), plain(a.groundArea), String.valueOf(a.equipmentPieces),
                plain(a.value));
    }

    private static List<String> stockRow(String name, StocktakeFigures.Stock s) {
        return List.of(name == null ? "" : name, String.valueOf(s.venues), String.valueOf(s.venuesCounted), String.valueOf(s.itemsCounted),
                String.valueOf(s.differences), String.valueOf(s.shortages), String.valueOf(s.surpluses), String.valueOf(s.damaged),
                String.valueOf(s.settled), plain(s.valueLost), plain(s.valueGained));
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }

}
