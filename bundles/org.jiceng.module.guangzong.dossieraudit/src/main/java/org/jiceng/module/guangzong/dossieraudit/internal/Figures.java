package org.jiceng.module.guangzong.dossieraudit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Counts a campaign's dossiers and findings in a subtree, per township and in total; nothing is stored. */
@Component(service = Figures.class)
public class Figures {
    private final Store store;
    private final Campaigns campaigns;

    @Activate
    public Figures(@Reference Store store, @Reference Campaigns campaigns) {
        this.store = store;
        this.campaigns = campaigns;
    }

    AuditFigures of(String code, long campaignId) {
        CampaignView campaign = campaigns.get(code, campaignId);
        List<String> codes = store.subtreeCodes(code);
        AuditFigures f = new AuditFigures();
        f.campaignId = campaignId;
        f.code = code;
        f.status = campaign.status;
        f.ageLimit = campaign.ageLimit;
        Map<String, AuditFigures.TownshipCounts> towns = new TreeMap<>();
        store.tx().snapshot(em -> {
            for (Object[] r : em.createQuery("SELECT d.townshipCode, d.status, d.rectified, COUNT(d) FROM DossierEntity d WHERE d.campaignId = :c "
                    + "AND d.jurisdictionCode IN :codes GROUP BY d.townshipCode, d.status, d.rectified", Object[].class).setParameter("c", campaignId)
                    .setParameter("codes", codes).getResultList()) {
                long n = (Long) r[3];
                DossierStatus status = (DossierStatus) r[1];
                boolean rectified = (Boolean) r[2];
                for (AuditFigures.Counts c : List.of(f.total, town(towns, (String) r[0]))) {
                    c.inScope += n;
                    c.audited += status == DossierStatus.PENDING ? 0 : n;
                    c.withFindings += status == DossierStatus.FINDINGS || rectified ? n : 0;
                    c.fixed += rectified ? n : 0;
                }
            }
            Map<Criterion, AuditFigures.CriterionCount> criteria = new LinkedHashMap<>();
            for (Criterion c : Criterion.values()) {
                AuditFigures.CriterionCount cc = new AuditFigures.CriterionCount();
                cc.criterion = c;
                cc.nameZh = c.nameZh();
                criteria.put(c, cc);
                f.byCriterion.add(cc);
            }
            for (Object[] r : em.createQuery("SELECT d.townshipCode, f.criterion, COUNT(f), COUNT(f.fixedOn) FROM FindingEntity f, DossierEntity d "
                    + "WHERE f.dossierId = d.id AND f.campaignId = :c AND f.jurisdictionCode IN :codes GROUP BY d.townshipCode, f.criterion",
                    Object[].class).setParameter("c", campaignId).setParameter("codes", codes).getResultList()) {
                long n = (Long) r[2];
                long fixed = (Long) r[3];
                AuditFigures.CriterionCount cc = criteria.get((Criterion) r[1]);
                cc.findings += n;
                cc.fixed += fixed;
                for (AuditFigures.Counts c : List.of(f.total, town(towns, (String) r[0]))) {
                    c.findings += n;
                    c.findingsFixed += fixed;
                }
            }
            return null;
        });
        f.byTownship.addAll(towns.values());
        return f;
    }

    private AuditFigures.TownshipCounts town(Map<String, AuditFigures.TownshipCounts> towns, String township) {
        String key = township == null ? "" : township;
        return towns.computeIfAbsent(key, k -> {
            AuditFigures.TownshipCounts t = new AuditFigures.TownshipCounts();
            t.townshipCode = township;
            t.townshipName = store.nameOf(township);
            return t;
        });
    }
}
