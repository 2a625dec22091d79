package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The duties delegates perform together, as the studio or the county office records them afterwards:
 * a studio's activity day with its roll (every delegate of the studio serving that day, present or
 * absent), a studio's research or inspection visit with its report, and an important meeting of the
 * city committee attended (列席), recorded by the county.
 */
@Component(service = Duties.class)
public class Duties {
    static final Set<String> SORTABLE = Set.of("id", "heldOn", "kind", "studioId");
    private static final Map<String, String> SORT = Map.of("id", "d.id", "heldOn", "d.heldOn", "kind", "d.kind", "studioId", "d.studioId");

    /** @param present the delegates who took part (on an activity day the others of the studio are recorded absent) */
    public record NewDuty(DutyKind kind, Long studioId, LocalDate heldOn, String subject, String report, List<Long> present) {
    }

    private final Store store;
    private final Studios studios;
    private final Delegates delegates;

    @Activate
    public Duties(@Reference Store store, @Reference Studios studios, @Reference Delegates delegates) {
        this.store = store;
        this.studios = studios;
        this.delegates = delegates;
    }

    DutyView record(String code, NewDuty in, LocalDate today) {
        Validator v = new Validator().require("kind", in.kind()).require("heldOn", in.heldOn()).require("subject", in.subject())
                .maxLength("subject", in.subject(), 300).maxLength("report", in.report(), 4000).require("present", in.present())
                .check(in.present() == null || !in.present().isEmpty(), "present", "names at least one delegate")
                .check(in.heldOn() == null || !in.heldOn().isAfter(today), "heldOn", "must not be in the future");
        if (in.kind() != null) {
            v.check(!in.kind().byStudio() || in.studioId() != null, "studioId", "is required for " + in.kind())
                    .check(in.kind().byStudio() || in.studioId() == null, "studioId", "a meeting of the city committee belongs to no studio")
                    .check(!in.kind().needsReport() || (in.report() != null && !in.report().isBlank()), "report",
                            "is required: a visit is on record with its report");
        }
        v.throwIfInvalid();
        if (in.kind() == DutyKind.MEETING && store.jurisdictions().get(code).level() != JurisdictionLevel.COUNTY) {
            throw new RuleViolationException(DelegateRules.MEETING_BY_COUNTY, "Meetings of the city committee are recorded by the county; "
                    + code + " is not a county");
        }
        Set<Long> present = new LinkedHashSet<>(in.present());
        return store.tx().write(em -> {
            StudioEntity studio = in.studioId() == null ? null : studios.load(em, code, in.studioId());
            if (in.kind() == DutyKind.ACTIVITY_DAY && !em.createQuery("SELECT d.id FROM DutyEntity d WHERE d.studioId = :s AND d.kind = :k "
                    + "AND d.heldOn = :on", Long.class).setParameter("s", studio.id).setParameter("k", DutyKind.ACTIVITY_DAY)
                    .setParameter("on", in.heldOn()).getResultList().isEmpty()) {
                throw new ConflictException("Studio " + studio.id + " already held an activity day on " + in.heldOn());
            }
            for (long id : present) {
                DelegateEntity d = delegates.serving(em, code, id, in.heldOn());
                if (studio != null && d.studioId != studio.id) {
                    throw new RuleViolationException(DelegateRules.NOT_IN_STUDIO, "Delegate " + id + " (" + d.name + ") belongs to studio "
                            + d.studioId + ", not to studio " + studio.id + " that held this " + in.kind().nameZh());
                }
            }
            DutyEntity duty = new DutyEntity();
            duty.kind = in.kind();
            duty.jurisdictionCode = studio == null ? code : studio.jurisdictionCode;
            duty.studioId = studio == null ? null : studio.id;
            duty.heldOn = in.heldOn();
            duty.subject = in.subject().trim();
            duty.report = in.report() == null || in.report().isBlank() ? null : in.report().trim();
            duty.recordedBy = Store.caller();
            em.persist(duty);
            em.flush();
            List<ParticipantEntity> roll = new ArrayList<>();
            present.forEach(id -> roll.add(participant(duty, id, true)));
            if (duty.kind == DutyKind.ACTIVITY_DAY) {
                absentees(em, studio.id, in.heldOn(), present).forEach(id -> roll.add(participant(duty, id, false)));
            }
            roll.forEach(em::persist);
            em.flush();
            return Views.of(duty, roll);
        });
    }

    /** The studio's delegates serving on the day who are not on the list of those present. */
    private static List<Long> absentees(EntityManager em, long studioId, LocalDate on, Set<Long> present) {
        List<Long> absent = new ArrayList<>();
        Set<Long> seen = new HashSet<>(present);
        for (DelegateEntity d : em.createQuery("SELECT d FROM DelegateEntity d WHERE d.studioId = :s AND d.termStart <= :on AND d.termEnd >= :on "
                + "ORDER BY d.id", DelegateEntity.class).setParameter("s", studioId).setParameter("on", on).getResultList()) {
            if (!d.lastDay().isBefore(on) && seen.add(d.id)) {
                absent.add(d.id);
            }
        }
        return absent;
    }

    private static ParticipantEntity participant(DutyEntity duty, long delegateId, boolean present) {
        ParticipantEntity p = new ParticipantEntity();
        p.dutyId = duty.id;
        p.delegateId = delegateId;
        p.kind = duty.kind;
        p.heldOn = duty.heldOn;
        p.present = present;
        return p;
    }

    /** Duties in the subtree, of a kind, a studio, a delegate (present or absent) or a year. */
    Page<DutyView> list(String code, DutyKind kind, Long studioId, Long delegateId, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("DutyEntity", "d").where("d.jurisdictionCode IN :codes", "codes", codes).where("d.kind = :k", "k", kind)
                    .where("d.studioId = :s", "s", studioId)
                    .where("d.id IN (SELECT p.dutyId FROM ParticipantEntity p WHERE p.delegateId = :dg)", "dg", delegateId)
                    .where("d.heldOn >= :from", "from", year == null ? null : LocalDate.of(year, 1, 1))
                    .where("d.heldOn <= :to", "to", year == null ? null : LocalDate.of(year, 12, 31));
            Page<DutyEntity> rows = q.page(em, DutyEntity.class, page.withDefaultOrder(new PageRequest.Order("heldOn", false)), SORT);
            return new Page<>(rows.items().stream().map(d -> Views.of(d, roll(em, d.id))).toList(), rows.page(), rows.size(),
                    rows.total());
        });
    }

    DutyView get(String code, long id) {
        return store.tx().read(em -> {
            DutyEntity d = store.find(em, DutyEntity.class, id, "Duty", code, x -> x.jurisdictionCode);
            return Views.of(d, roll(em, id));
        });
    }

    private static List<ParticipantEntity> roll(EntityManager em, long dutyId) {
        return em.createQuery("SELECT p FROM ParticipantEntity p WHERE p.dutyId = :d ORDER BY p.delegateId", ParticipantEntity.class)
                .setParameter("d", dutyId).getResultList();
    }
}
