package org.jiceng.module.guangzong.inspectiontours.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The county's inspection rounds (轮次): numbered, with a period and the inspectors they send; closed once every finding is verified. */
@Component(service = Rounds.class)
public class Rounds {
    static final Set<String> SORTABLE = Set.of("id", "number", "startsOn");
    private static final Map<String, String> SORT = Map.of("id", "r.id", "number", "r.number", "startsOn", "r.startsOn");

    private final Store store;
    private final Inspectors inspectors;
    private final Findings findings;

    @Activate
    public Rounds(@Reference Store store, @Reference Inspectors inspectors, @Reference Findings findings) {
        this.store = store;
        this.inspectors = inspectors;
        this.findings = findings;
    }

    /** Body of POST /rounds. */
    public static class NewRound {
        public Integer number;
        public String title;
        public LocalDate startsOn;
        public LocalDate endsOn;
        /** Ids of the group's inspectors the round sends (1 to 4). */
        public List<Long> inspectorIds;
    }

    /** Body of PUT /rounds/{roundId}/close. */
    public static class Closing {
        public LocalDate closedOn;
        public Long version;
    }

    /** Opens a round at the county (422 rounds-at-county below it, round-number-taken for a number it has). */
    public RoundView open(String code, NewRound in) {
        store.requireCounty(code, TourRules.RULE_ROUNDS_AT_COUNTY, "An inspection round");
        new Validator().require("number", in.number).range("number", in.number, 1, 999).require("title", in.title).maxLength("title", in.title, 200)
                .require("startsOn", in.startsOn).require("endsOn", in.endsOn)
                .check(in.startsOn == null || in.endsOn == null || !in.endsOn.isBefore(in.startsOn), "endsOn", "must not be before startsOn")
                .require("inspectorIds", in.inspectorIds)
                .check(in.inspectorIds == null || !in.inspectorIds.isEmpty() && in.inspectorIds.size() <= 4, "inspectorIds",
                        "must name 1 to 4 inspectors of the group")
                .throwIfInvalid();
        Set<Long> sent = new LinkedHashSet<>(in.inspectorIds);
        Map<Long, InspectorEntity> group = inspectors.of(code);
        for (Long id : sent) {
            if (id == null || !group.containsKey(id)) {
                throw new ValidationException("inspectorIds", "no inspector " + id + " in the group of " + code);
            }
        }
        RoundEntity created = store.tx().write(em -> {
            if (byNumber(em, code, in.number) != null) {
                throw new RuleViolationException(TourRules.RULE_NUMBER_TAKEN, "The county has a round " + in.number + " already");
            }
            RoundEntity r = new RoundEntity();
            r.jurisdictionCode = code;
            r.number = in.number;
            r.title = in.title.trim();
            r.startsOn = in.startsOn;
            r.endsOn = in.endsOn;
            r.inspectorIds = sent.stream().map(String::valueOf).collect(Collectors.joining(","));
            r.createdBy = Store.caller();
            em.persist(r);
            return r;
        });
        return view(created);
    }

    /** Closes a round: every finding of it verified by a follow-up (422 findings-not-verified), once (422 round-closed); 409 on a stale version. */
    public RoundView close(String code, long id, Closing in) {
        long expected = Validator.requiredVersion(in.version);
        LocalDate today = store.today();
        new Validator().check(in.closedOn == null || !in.closedOn.isAfter(today), "closedOn", "must not be in the future").throwIfInvalid();
        RoundEntity round = store.tx().read(em -> load(em, code, id));
        TourRules.requireOpen(round);
        long unverified = findings.problemsOfRound(id).stream().filter(p -> p.status() != ProblemStatus.VERIFIED).count();
        TourRules.requireAllVerified(round.number, unverified);
        LocalDate on = in.closedOn == null ? today : in.closedOn;
        if (on.isBefore(round.startsOn)) {
            throw new ValidationException("closedOn", "must not be before the round starts (" + round.startsOn + ")");
        }
        RoundEntity closed = store.tx().write(em -> {
            RoundEntity r = load(em, code, id);
            ConflictException.requireVersion("Inspection round", id, r.version, expected);
            TourRules.requireOpen(r);
            r.closedOn = on;
            em.flush();
            return r;
        });
        return view(closed);
    }

    public RoundView get(String code, long id) {
        return view(store.tx().read(em -> load(em, code, id)));
    }

    /** The county's rounds by year started, newest number first. */
    public Page<RoundView> list(String code, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        Page<RoundEntity> rows = store.tx().read(em -> new QueryBuilder("RoundEntity", "r").where("r.jurisdictionCode IN :codes", "codes", codes)
                .where("r.startsOn >= :from", "from", year == null ? null : LocalDate.of(year, 1, 1))
                .where("r.startsOn < :to", "to", year == null ? null : LocalDate.of(year + 1, 1, 1))
                .page(em, RoundEntity.class, page.withDefaultOrder(new PageRequest.Order("number", false)), SORT));
        return new Page<>(rows.items().stream().map(this::view).toList(), rows.page(), rows.size(), rows.total());
    }

    /** A round of the county by its number, or null. */
    RoundEntity byNumber(EntityManager em, String county, int number) {
        return em.createQuery("SELECT r FROM RoundEntity r WHERE r.jurisdictionCode = :c AND r.number = :n", RoundEntity.class)
                .setParameter("c", county).setParameter("n", number).getResultStream().findFirst().orElse(null);
    }

    RoundEntity load(EntityManager em, String code, long id) {
        return store.find(em, RoundEntity.class, id, "Inspection round", code, r -> r.jurisdictionCode);
    }

    private RoundView view(RoundEntity r) {
        RoundView v = new RoundView();
        v.id = r.id;
        v.jurisdictionCode = r.jurisdictionCode;
        v.number = r.number;
        v.title = r.title;
        v.startsOn = r.startsOn;
        v.endsOn = r.endsOn;
        Map<Long, InspectorEntity> group = inspectors.of(r.jurisdictionCode);
        v.inspectors = new ArrayList<>(r.inspectors().stream().filter(group::containsKey).map(i -> Inspectors.view(group.get(i))).toList());
        v.status = r.closedOn == null ? "OPEN" : "CLOSED";
        v.closedOn = r.closedOn;
        v.createdBy = r.createdBy;
        v.visits = store.tx().read(em -> em.createQuery("SELECT COUNT(v) FROM VisitEntity v WHERE v.roundId = :r", Long.class)
                .setParameter("r", r.id).getSingleResult());
        List<Problem> found = findings.problemsOfRound(r.id);
        v.findings = found.size();
        v.rectified = found.stream().filter(p -> p.status().isRectified()).count();
        v.verified = found.stream().filter(p -> p.status() == ProblemStatus.VERIFIED).count();
        v.version = r.version;
        return v;
    }
}
