package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The audit of one dossier against the four criteria, the fixes of its findings and the re-audit.
 * A dossier is audited once: without findings it passes; with findings it stays under
 * rectification until every finding is fixed and a re-audit passes it.
 */
@Component(service = Dossiers.class)
public class Dossiers {
    static final Set<String> SORTABLE = Set.of("id", "memberName", "jurisdictionCode", "status", "auditedOn");
    private static final Map<String, String> SORT = Map.of("id", "d.id", "memberName", "d.memberName", "jurisdictionCode", "d.jurisdictionCode",
            "status", "d.status", "auditedOn", "d.auditedOn");

    private final Store store;

    @Activate
    public Dossiers(@Reference Store store) {
        this.store = store;
    }

    /** Filters of the list; any may be null. */
    record Filter(Long campaignId, DossierStatus status, String township, Boolean rectified) {
    }

    Page<DossierView> list(String code, Filter filter, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<DossierEntity> rows = new QueryBuilder("DossierEntity", "d").where("d.jurisdictionCode IN :codes", "codes", codes)
                    .where("d.campaignId = :campaign", "campaign", filter.campaignId()).where("d.status = :status", "status", filter.status())
                    .where("d.townshipCode = :township", "township", filter.township())
                    .where("d.rectified = :rectified", "rectified", filter.rectified())
                    .page(em, DossierEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(DossierEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    static final Set<String> FINDINGS_SORTABLE = Set.of("id", "criterion", "foundOn", "fixedOn");
    private static final Map<String, String> FINDINGS_SORT = Map.of("id", "f.id", "criterion", "f.criterion", "foundOn", "f.foundOn", "fixedOn",
            "f.fixedOn");

    /** Findings of the subtree; {@code fixed} true for the fixed ones, false for those still open, null for all. */
    Page<FindingView> findings(String code, Long campaignId, Long dossierId, Criterion criterion, Boolean fixed, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("FindingEntity", "f").where("f.jurisdictionCode IN :codes", "codes", codes)
                    .where("f.campaignId = :campaign", "campaign", campaignId).where("f.dossierId = :dossier", "dossier", dossierId)
                    .where("f.criterion = :criterion", "criterion", criterion);
            if (fixed != null) {
                q.where(fixed ? "f.fixedOn IS NOT NULL" : "f.fixedOn IS NULL");
            }
            Page<FindingEntity> rows = q.page(em, FindingEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), FINDINGS_SORT);
            return new Page<>(rows.items().stream().map(FindingEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    DossierView get(String code, long id) {
        return store.tx().read(em -> withFindings(em, load(em, code, id)));
    }

    /** Every dossier of a campaign in the subtree, with its findings (a county has a few thousand). */
    List<DossierView> all(String code, long campaignId) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Map<Long, List<FindingView>> findings = new java.util.HashMap<>();
            em.createQuery("SELECT f FROM FindingEntity f WHERE f.campaignId = :c AND f.jurisdictionCode IN :codes ORDER BY f.id",
                    FindingEntity.class)
                    .setParameter("c", campaignId).setParameter("codes", codes).getResultList()
                    .forEach(f -> findings.computeIfAbsent(f.dossierId, k -> new ArrayList<>()).add(f.toView()));
            return em.createQuery("SELECT d FROM DossierEntity d WHERE d.campaignId = :c AND d.jurisdictionCode IN :codes "
                    + "ORDER BY d.townshipCode, d.jurisdictionCode, d.id", DossierEntity.class).setParameter("c", campaignId)
                    .setParameter("codes", codes)
                    .getResultList().stream().map(d -> {
                        DossierView v = d.toView();
                        v.findings = findings.getOrDefault(d.id, List.of());
                        return v;
                    }).toList();
        });
    }

    /** Audits a dossier: no findings passes it, findings put it under rectification. */
    DossierView audit(String code, long id, List<FindingInput> findings, Long version, LocalDate today) {
        Validator v = new Validator().require("findings", findings).require("version", version);
        List<FindingKind> kinds = new ArrayList<>();
        List<Criterion> claimed = new ArrayList<>();
        if (findings != null) {
            for (int i = 0; i < findings.size(); i++) {
                FindingInput f = findings.get(i);
                v.check(f != null && f.kind != null, "findings[" + i + "].kind", "is required");
                if (f != null) {
                    v.maxLength("findings[" + i + "].description", f.description, 1000);
                    kinds.add(f.kind == null ? null : Params.enumOf(FindingKind.class, "findings[" + i + "].kind", f.kind));
                    claimed.add(Params.enumOf(Criterion.class, "findings[" + i + "].criterion", f.criterion));
                }
            }
        }
        v.throwIfInvalid();
        return store.tx().write(em -> {
            DossierEntity d = load(em, code, id);
            ConflictException.requireVersion("Dossier", id, d.version, version);
            AuditRules.checkOpen(campaign(em, d).status);
            AuditRules.checkAuditable(d.status, !findings.isEmpty());
            for (int i = 0; i < findings.size(); i++) {
                FindingEntity f = new FindingEntity();
                f.dossierId = d.id;
                f.campaignId = d.campaignId;
                f.jurisdictionCode = d.jurisdictionCode;
                f.kind = kinds.get(i);
                f.criterion = AuditRules.criterionOf(f.kind, claimed.get(i));
                String text = findings.get(i).description;
                f.description = text == null || text.isBlank() ? null : text.trim();
                f.foundOn = today;
                em.persist(f);
            }
            d.status = findings.isEmpty() ? DossierStatus.PASSED : DossierStatus.FINDINGS;
            d.auditedOn = today;
            d.auditedBy = Store.caller();
            em.flush();
            return withFindings(em, d);
        });
    }

    /** Records the fix of a finding: on which day, by whom (the person who put the dossier right), how. */
    FindingView fix(String code, long findingId, LocalDate fixedOn, String fixedBy, String note, Long version, LocalDate today) {
        Validator v = new Validator().require("fixedOn", fixedOn).require("fixedBy", fixedBy).maxLength("fixedBy", fixedBy, 100).require("note", note)
                .maxLength("note", note, 1000).require("version", version);
        if (fixedOn != null) {
            v.check(!fixedOn.isAfter(today), "fixedOn", "must not be in the future");
        }
        if (note != null) {
            v.check(!note.isBlank(), "note", "must say how the finding was fixed");
        }
        v.throwIfInvalid();
        return store.tx().write(em -> {
            FindingEntity f = store.find(em, FindingEntity.class, findingId, "Finding", code, x -> x.jurisdictionCode);
            ConflictException.requireVersion("Finding", findingId, f.version, version);
            DossierEntity d = em.find(DossierEntity.class, f.dossierId);
            AuditRules.checkOpen(campaign(em, d).status);
            AuditRules.checkFixable(f.fixedOn, f.foundOn, fixedOn);
            f.fixedOn = fixedOn;
            f.fixedBy = fixedBy.trim();
            f.fixNote = note.trim();
            em.flush();
            return f.toView();
        });
    }

    /** Passes a dossier under rectification once every finding is fixed. */
    DossierView reaudit(String code, long id, Long version, LocalDate today) {
        new Validator().require("version", version).throwIfInvalid();
        return store.tx().write(em -> {
            DossierEntity d = load(em, code, id);
            ConflictException.requireVersion("Dossier", id, d.version, version);
            AuditRules.checkOpen(campaign(em, d).status);
            long unfixed = em.createQuery("SELECT COUNT(f) FROM FindingEntity f WHERE f.dossierId = :d AND f.fixedOn IS NULL", Long.class)
                    .setParameter("d", id).getSingleResult();
            AuditRules.checkReauditable(d.status, unfixed);
            d.status = DossierStatus.PASSED;
            d.rectified = true;
            d.reauditedOn = today;
            d.reauditedBy = Store.caller();
            em.flush();
            return withFindings(em, d);
        });
    }

    private static CampaignEntity campaign(EntityManager em, DossierEntity d) {
        return em.find(CampaignEntity.class, d.campaignId);
    }

    private static DossierView withFindings(EntityManager em, DossierEntity d) {
        DossierView v = d.toView();
        v.findings = em.createQuery("SELECT f FROM FindingEntity f WHERE f.dossierId = :d ORDER BY f.id", FindingEntity.class)
                .setParameter("d", d.id).getResultList().stream().map(FindingEntity::toView).toList();
        return v;
    }

    private DossierEntity load(EntityManager em, String code, long id) {
        return store.find(em, DossierEntity.class, id, "Dossier", code, d -> d.jurisdictionCode);
    }
}
