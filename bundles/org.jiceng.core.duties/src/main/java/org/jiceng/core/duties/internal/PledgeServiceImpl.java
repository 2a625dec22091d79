package org.jiceng.core.duties.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.duty.DutyEvents;
import org.jiceng.duty.ItemAssessment;
import org.jiceng.duty.Pledge;
import org.jiceng.duty.PledgeCascade;
import org.jiceng.duty.PledgeItem;
import org.jiceng.duty.PledgeService;
import org.jiceng.duty.PledgeStatus;
import org.jiceng.events.EventOutbox;
import org.jiceng.persistence.JurisdictionAncestry;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PledgeService.class)
public class PledgeServiceImpl implements PledgeService {
    private final DutyStore store;
    private final JurisdictionService jurisdictions;
    private final EventOutbox events;
    private final Clock clock;

    @Activate
    public PledgeServiceImpl(@Reference DutyStore store, @Reference JurisdictionService jurisdictions, @Reference EventOutbox events) {
        this(store, jurisdictions, events, Clock.systemDefaultZone());
    }

    PledgeServiceImpl(DutyStore store, JurisdictionService jurisdictions, EventOutbox events, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Pledge issue(Pledge in) {
        PledgeRules.checkIssue(in);
        String issuer = in.issuerCode().trim();
        String signer = in.signerCode().trim();
        if (jurisdictions.find(issuer).isEmpty()) {
            throw new ValidationException("issuerCode", "no jurisdiction " + issuer);
        }
        if (jurisdictions.find(signer).isEmpty()) {
            throw new ValidationException("signerCode", "no jurisdiction " + signer);
        }
        PledgeRules.checkSignerBelow(issuer, signer, jurisdictions.isWithin(signer, issuer));
        // the unique key (issuer, signer, year) backs the check below against a concurrent issue
        Pledge issued = store.tx().write(em -> {
            checkNoDuplicate(em, issuer, signer, in.year());
            PledgeEntity p = new PledgeEntity();
            p.year = in.year();
            p.issuerCode = issuer;
            p.signerCode = signer;
            p.title = in.title().trim();
            p.status = PledgeStatus.DRAFT;
            em.persist(p);
            em.flush();
            int position = 1;
            for (PledgeItem item : in.items()) {
                PledgeItemEntity i = new PledgeItemEntity();
                i.pledgeId = p.id;
                i.position = position++;
                i.text = item.text().trim();
                i.measure = item.measure() == null || item.measure().isBlank() ? null : item.measure().trim();
                i.points = item.points();
                em.persist(i);
            }
            em.flush();
            return post(em, DutyEvents.PLEDGE_ISSUED, toDto(em, p));
        });
        return issued;
    }

    private static void checkNoDuplicate(EntityManager em, String issuer, String signer, int year) {
        long existing = em
                .createQuery("SELECT COUNT(p) FROM PledgeEntity p WHERE p.issuerCode = :issuer AND p.signerCode = :signer AND p.year = :year",
                        Long.class)
                .setParameter("issuer", issuer).setParameter("signer", signer).setParameter("year", year).getSingleResult();
        if (existing > 0) {
            throw new RuleViolationException(RULE_DUPLICATE, "A " + year + " pledge from " + issuer + " to " + signer + " exists");
        }
    }

    @Override
    public Pledge get(long id) {
        return store.tx().read(em -> toDto(em, load(em, id)));
    }

    @Override
    public Page<Pledge> find(String jurisdictionCode, Integer year, PledgeStatus status, String issuerCode, PageRequest page) {
        new Validator().require("jurisdictionCode", jurisdictionCode).throwIfInvalid();
        return store.tx().read(em -> {
            Page<PledgeEntity> rows = new QueryBuilder("PledgeEntity", "p").where("p.signerCode IN " + JurisdictionAncestry.SUBTREE_CODES, "scope",
                    jurisdictionCode).where("p.year = :year", "year", year).where("p.status = :status", "status", status)
                    .where("p.issuerCode = :issuer", "issuer", issuerCode)
                    .page(em, PledgeEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), Map.of("id", "p.id", "year", "p.year",
                            "signerCode", "p.signerCode", "issuerCode", "p.issuerCode", "status", "p.status"));
            Map<Long, List<PledgeItemEntity>> items = items(em, rows.items().stream().map(p -> p.id).toList());
            List<Pledge> out = new ArrayList<>();
            rows.items().forEach(p -> out.add(toDto(p, items.getOrDefault(p.id, List.of()))));
            return new Page<>(out, rows.page(), rows.size(), rows.total());
        });
    }

    @Override
    public Pledge sign(long id, String signedBy, LocalDate signedOn, long version) {
        new Validator().require("signedBy", signedBy).maxLength("signedBy", signedBy, 100).throwIfInvalid();
        LocalDate on = PledgeRules.stepDate(signedOn, today());
        Pledge signed = store.tx().write(em -> {
            PledgeEntity p = load(em, id);
            checkVersion(p, version);
            PledgeRules.checkSignable(id, p.status);
            p.status = PledgeStatus.SIGNED;
            p.signedBy = signedBy.trim();
            p.signedOn = on;
            em.flush();
            return post(em, DutyEvents.PLEDGE_SIGNED, toDto(em, p));
        });
        return signed;
    }

    @Override
    public Pledge assess(long id, List<ItemAssessment> assessments, String assessedBy, LocalDate assessedOn, long version) {
        new Validator().require("assessedBy", assessedBy).maxLength("assessedBy", assessedBy, 100).throwIfInvalid();
        LocalDate on = PledgeRules.stepDate(assessedOn, today());
        Map<Long, String> notes = new HashMap<>();
        Map<Long, Boolean> met = new HashMap<>();
        for (ItemAssessment a : assessments == null ? List.<ItemAssessment>of() : assessments) {
            new Validator().maxLength("note", a.note(), 500).throwIfInvalid();
            notes.put(a.itemId(), a.note());
            met.put(a.itemId(), a.met());
        }
        Pledge assessed = store.tx().write(em -> {
            PledgeEntity p = load(em, id);
            checkVersion(p, version);
            PledgeRules.checkAssessable(id, p.status, p.year, on);
            List<PledgeItemEntity> items = items(em, List.of(id)).getOrDefault(id, List.of());
            Map<Long, Integer> itemPoints = new LinkedHashMap<>();
            items.forEach(i -> itemPoints.put(i.id, i.points));
            Map<Long, Integer> awarded = PledgeRules.award(itemPoints, assessments);
            for (PledgeItemEntity i : items) {
                i.met = met.get(i.id);
                i.awardedPoints = awarded.get(i.id);
                i.note = notes.get(i.id) == null || notes.get(i.id).isBlank() ? null : notes.get(i.id).trim();
            }
            p.status = PledgeStatus.ASSESSED;
            p.assessedBy = assessedBy.trim();
            p.assessedOn = on;
            em.flush();
            return post(em, DutyEvents.PLEDGE_ASSESSED, toDto(p, items));
        });
        return assessed;
    }

    @Override
    public PledgeCascade cascade(String jurisdictionCode, int year) {
        new Validator().require("jurisdictionCode", jurisdictionCode).range("year", year, 1949, 9999).throwIfInvalid();
        Map<String, JurisdictionLevel> levels = new LinkedHashMap<>();
        for (Jurisdiction j : jurisdictions.subtreeList(jurisdictionCode, null)) {
            if (!j.code().equals(jurisdictionCode)) {
                levels.put(j.code(), j.level());
            }
        }
        Map<String, List<PledgeStatus>> statuses = new HashMap<>();
        store.tx().read(em -> em.createQuery("SELECT p.signerCode, p.status FROM PledgeEntity p WHERE p.year = :year AND p.signerCode IN "
                + JurisdictionAncestry.SUBTREE_CODES, Object[].class).setParameter("year", year).setParameter("scope", jurisdictionCode)
                .getResultList()).forEach(row -> statuses.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((PledgeStatus) row[1]));
        return PledgeRules.cascade(jurisdictionCode, year, levels, statuses);
    }

    /** Published in the change's transaction; handlers and webhooks get it once it committed. Returns the pledge. */
    private Pledge post(EntityManager em, String topic, Pledge p) {
        events.publish(em, topic, Map.of(DutyEvents.ID, p.id(), DutyEvents.JURISDICTION_CODE, p.signerCode(), DutyEvents.ISSUER_CODE,
                p.issuerCode(), DutyEvents.YEAR, p.year()));
        return p;
    }

    private static void checkVersion(PledgeEntity p, long version) {
        ConflictException.requireVersion("Pledge", p.id, p.version, version);
    }

    private static PledgeEntity load(EntityManager em, long id) {
        PledgeEntity p = em.find(PledgeEntity.class, id);
        if (p == null) {
            throw new NotFoundException("Pledge", id);
        }
        return p;
    }

    private static Map<Long, List<PledgeItemEntity>> items(EntityManager em, List<Long> ids) {
        Map<Long, List<PledgeItemEntity>> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT i FROM PledgeItemEntity i WHERE i.pledgeId IN :ids ORDER BY i.pledgeId, i.position", PledgeItemEntity.class)
                    .setParameter("ids", ids).getResultList().forEach(i -> out.computeIfAbsent(i.pledgeId, k -> new ArrayList<>()).add(i));
        }
        return out;
    }

    private Pledge toDto(EntityManager em, PledgeEntity p) {
        return toDto(p, items(em, List.of(p.id)).getOrDefault(p.id, List.of()));
    }

    private Pledge toDto(PledgeEntity p, List<PledgeItemEntity> items) {
        List<PledgeItem> dtos = items.stream().map(i -> new PledgeItem(i.id, i.text, i.measure, i.points, i.met, i.awardedPoints, i.note)).toList();
        int total = items.stream().mapToInt(i -> i.points).sum();
        Integer awarded = p.status == PledgeStatus.ASSESSED
                ? items.stream().mapToInt(i -> i.awardedPoints == null ? 0 : i.awardedPoints).sum()
                : null;
        JurisdictionLevel level = jurisdictions.find(p.signerCode).map(Jurisdiction::level).orElse(null);
        return new Pledge(p.id, p.year, p.issuerCode, p.signerCode, level, p.title, dtos, p.status, p.signedOn, p.signedBy, p.assessedOn,
                p.assessedBy, total, awarded, p.version);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
