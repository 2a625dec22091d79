package org.jiceng.module.wugang.goodcadres.internal;

import java.util.ArrayList;
import java.util.List;

import org.jiceng.document.Document;

/** The printable result list (好干部评选结果名单) of a campaign: its figures, then the good cadres, signed by the county committee. */
final class ResultListDocument {
    static final String ISSUER = "中共武冈市委";

    private ResultListDocument() {
    }

    static Document of(CampaignView campaign, Figures figures, List<ResultRow> rows, String issuedOn) {
        List<List<String>> table = new ArrayList<>();
        int n = 1;
        for (ResultRow r : rows) {
            table.add(List.of(String.valueOf(n++), r.memberName, r.jurisdictionName, r.channelName, r.nominator, String.valueOf(r.approvedOn)));
        }
        return new Document(campaign.title + "结果名单", List.of(
                new Document.Fields(List.of(new Document.Field("评选年度", String.valueOf(campaign.year)),
                        new Document.Field("推荐人选", figures.nominations + " 人（单位推荐 " + figures.unitNominations + "，个人推荐 "
                                + figures.individualNominations + "，社会推荐 " + figures.publicNominations + "，本人自荐 " + figures.selfNominations
                                + "）"),
                        new Document.Field("五轮淘汰", "初评 " + figures.eliminatedFirstReview + "，考察 " + figures.eliminatedInspection + "，二评 "
                                + figures.eliminatedSecondReview + "，公示 " + figures.eliminatedPublicNotice + "，审定 " + figures.eliminatedApproval),
                        new Document.Field("淘汰率", figures.eliminatedPercent + "%"), new Document.Field("当选好干部", figures.approved + " 人"))),
                new Document.Table(List.of("序号", "姓名", "所在地", "推荐方式", "推荐人/单位", "审定日期"), table),
                new Document.Signature(ISSUER, issuedOn)));
    }
}
