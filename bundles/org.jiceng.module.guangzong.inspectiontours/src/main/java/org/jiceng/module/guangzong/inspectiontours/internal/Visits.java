package org.jiceng.module.guangzong.inspectiontours.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The units inspected in a round (被巡察单位), each in one mode by one of the round's inspectors. */
@Component(service = Visits.class)
public class Visits {
    static final Set<String> SORTABLE = Set.of("id", "visitedOn");
    private static final Map<String, String> SORT = Map.of("id", "v.id", "visitedOn", "v.visitedOn");

    private final Store store;
    private final Rounds rounds;
    private final Units units;

    @Activate
    public Visits(@Reference Store store, @Reference Rounds rounds, @Reference Units units) {
        this.store = store;
        this.rounds = rounds;
        this.units = units;
    }

    /** Body of POST /visits. */
    public static class NewVisit {
        public Long roundId;
        public UnitKind unitKind;
        /** The township or village inspected (for TOWNSHIP_COMMITTEE and VILLAGE). */
        public String jurisdictionCode;
        /** The Party organization inspected (required for COUNTY_ORGAN and TWO_NEW). */
        public Long organizationId;
        public Mode mode;
        public LocalDate visitedOn;
        public Long inspectorId;
        public String note;
    }

    /**
     * Records a unit inspected in a round: within the round's period (422 outside-round-period), while
     * it is open (422 round-closed), by one of its inspectors (422 inspector-not-in-round), once per
     * round (422 unit-already-inspected); a follow-up only of a unit with findings of an earlier round
     * (422 nothing-to-follow-up).
     */
    public VisitView record(String code, NewVisit in) {
        new Validator().require("roundId", in.roundId).require("unitKind", in.unitKind).require("mode", in.mode).require("visitedOn", in.visitedOn)
                .require("inspectorId", in.inspectorId).maxLength("note", in.note, 2000).maxLength("jurisdictionCode", in.jurisdictionCode, 12)
                .check(in.visitedOn == null || !in.visitedOn.isAfter(store.today()), "visitedOn", "must not be in the future").throwIfInvalid();
        String county = store.countyOf(code);
        RoundEntity round = store.tx().read(em -> roundOf(em, county, in.roundId));
        TourRules.requireOpen(round);
        TourRules.requireWithinPeriod(round, in.visitedOn, "A visit");
        TourRules.requireInspectorOfRound(round, in.inspectorId);
        Units.Unit unit = units.resolve(county, in.unitKind, in.jurisdictionCode, in.organizationId);
        if (!store.within(unit.jurisdictionCode(), code)) {
            throw new ValidationException(in.organizationId != null ? "organizationId" : "jurisdictionCode", "must lie in " + code);
        }
        VisitEntity created = store.tx().write(em -> {
            boolean visited = !em.createQuery("SELECT v.id FROM VisitEntity v WHERE v.roundId = :r AND v.unitKey = :k", Long.class)
                    .setParameter("r", round.id).setParameter("k", unit.key()).setMaxResults(1).getResultList().isEmpty();
            TourRules.requireNotVisited(visited, round.number, unit.name());
            long earlier = em.createQuery("SELECT COUNT(f) FROM FindingEntity f, RoundEntity r WHERE f.roundId = r.id AND f.unitKey = :k"
                    + " AND r.jurisdictionCode = :c AND r.number < :n", Long.class).setParameter("k", unit.key()).setParameter("c", county)
                    .setParameter("n", round.number).getSingleResult();
            TourRules.requireSomethingToFollowUp(in.mode, earlier, unit.name());
            VisitEntity v = new VisitEntity();
            v.roundId = round.id;
            v.jurisdictionCode = unit.jurisdictionCode();
            v.unitKind = unit.kind();
            v.unitKey = unit.key();
            v.unitName = unit.name();
            v.organizationId = unit.organizationId();
            v.mode = in.mode;
            v.visitedOn = in.visitedOn;
            v.inspectorId = in.inspectorId;
            v.note = in.note == null || in.note.isBlank() ? null : in.note.trim();
            em.persist(v);
            return v;
        });
        return view(created);
    }

    public VisitView get(String code, long id) {
        return view(store.tx().read(em -> load(em, code, id)));
    }

    /** Visits of the subtree by round, mode and unit kind. */
    public Page<VisitView> list(String code, Long roundId, Mode mode, UnitKind kind, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        Page<VisitEntity> rows = store.tx().read(em -> new QueryBuilder("VisitEntity", "v").where("v.jurisdictionCode IN :codes", "codes", codes)
                .where("v.roundId = :round", "round", roundId).where("v.mode = :mode", "mode", mode).where("v.unitKind = :kind", "kind", kind)
                .where("v.visitedOn >= :from", "from", year == null ? null : LocalDate.of(year, 1, 1))
                .where("v.visitedOn < :to", "to", year == null ? null : LocalDate.of(year + 1, 1, 1))
                .page(em, VisitEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT));
        return new Page<>(rows.items().stream().map(this::view).toList(), rows.page(), rows.size(), rows.total());
    }

    /** The round's visit of a unit, or null. */
    VisitView inRound(long roundId, String unitKey) {
        VisitEntity v = store.tx().read(em -> em.createQuery("SELECT v FROM VisitEntity v WHERE v.roundId = :r AND v.unitKey = :k", VisitEntity.class)
                .setParameter("r", roundId).setParameter("k", unitKey).getResultStream().findFirst().orElse(null));
        return v == null ? null : view(v);
    }

    /** The round a body names, of the county; 400 for any other. */
    RoundEntity roundOf(EntityManager em, String county, long roundId) {
        try {
            return rounds.load(em, county, roundId);
        } catch (NotFoundException e) {
            throw new ValidationException("roundId", "no inspection round " + roundId + " of " + county);
        }
    }

    VisitEntity load(EntityManager em, String code, long id) {
        return store.find(em, VisitEntity.class, id, "Visit", code, v -> v.jurisdictionCode);
    }

    private VisitView view(VisitEntity e) {
        return store.tx().read(em -> {
            VisitView v = new VisitView();
            v.id = e.id;
            v.roundId = e.roundId;
            v.roundNumber = em.find(RoundEntity.class, e.roundId).number;
            v.jurisdictionCode = e.jurisdictionCode;
            v.unitKind = e.unitKind;
            v.unitKindZh = e.unitKind.zh();
            v.unitName = e.unitName;
            v.organizationId = e.organizationId;
            v.mode = e.mode;
            v.modeZh = e.mode.zh();
            v.visitedOn = e.visitedOn;
            v.inspectorId = e.inspectorId;
            InspectorEntity i = em.find(InspectorEntity.class, e.inspectorId);
            v.inspectorName = i == null ? null : i.name;
            v.note = e.note;
            v.findings = em.createQuery("SELECT COUNT(f) FROM FindingEntity f WHERE f.visitId = :v", Long.class).setParameter("v", e.id)
                    .getSingleResult();
            v.version = e.version;
            return v;
        });
    }
}
