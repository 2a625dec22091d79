package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.Member;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 无职党员培训 plans: the county's 3-year plan (全县无职党员教育培训三年规划) and the yearly plans
 * under it, each with a target per township — by default every member without a post the township
 * has when the yearly plan is made. Every method is scoped to a jurisdiction code.
 */
@Component(service = Plans.class)
public class Plans {
    static final Set<String> SORTABLE = Set.of("id", "startYear");
    private static final Map<String, String> SORT = Map.of("id", "p.id", "startYear", "p.startYear");
    static final Set<String> YEARLY_SORTABLE = Set.of("id", "year");
    private static final Map<String, String> YEARLY_SORT = Map.of("id", "y.id", "year", "y.year");

    private final Store store;
    private final Roster roster;

    @Activate
    public Plans(@Reference Store store, @Reference Roster roster) {
        this.store = store;
        this.roster = roster;
    }

    /** Body of a 3-year plan. */
    public record NewPlan(String title, Integer startYear, String content) {
    }

    /** A township's target in a yearly plan's body. */
    public record TargetLine(String townCode, Integer target) {
    }

    /** Body of a yearly plan; targets omitted are the townships' members without a post. */
    public record NewYearlyPlan(Long planId, Integer year, String title, List<TargetLine> targets) {
    }

    PlanView create(String code, NewPlan in) {
        store.requireCounty(code, StudyRules.RULE_PLAN_BY_COUNTY, "No-post training plans");
        Validator v = new Validator().require("title", in.title()).maxLength("title", in.title(), 200).require("startYear", in.startYear())
                .range("startYear", in.startYear(), 2000, 2100).maxLength("content", in.content(), 2000);
        if (in.title() != null) {
            v.check(!in.title().isBlank(), "title", "must not be blank");
        }
        v.throwIfInvalid();
        return store.tx().write(em -> {
            for (PlanEntity other : em.createQuery("SELECT p FROM PlanEntity p WHERE p.jurisdictionCode = :c", PlanEntity.class)
                    .setParameter("c", code)
                    .getResultList()) {
                if (StudyRules.overlaps(other.startYear, in.startYear())) {
                    throw new RuleViolationException(StudyRules.RULE_PLAN_OVERLAP,
                            "The 3-year plan " + other.id + " covers " + other.startYear + "–" + other.endYear + " already");
                }
            }
            PlanEntity p = new PlanEntity();
            p.jurisdictionCode = code;
            p.title = in.title().strip();
            p.startYear = in.startYear();
            p.endYear = StudyRules.endYear(in.startYear());
            p.content = in.content();
            p.enteredBy = ModuleStore.caller();
            em.persist(p);
            em.flush();
            return view(em, p);
        });
    }

    PlanView get(String code, long id) {
        return store.tx().read(em -> view(em, loadPlan(em, code, id)));
    }

    Page<PlanView> list(String code, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<PlanEntity> rows = new QueryBuilder("PlanEntity", "p").where("p.jurisdictionCode IN :codes", "codes", codes).page(em,
                    PlanEntity.class, page.withDefaultOrder(new PageRequest.Order("startYear", false), new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(p -> view(em, p)).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** The plan of the scope's county covering the year, if any. */
    PlanEntity covering(String county, int year) {
        return store.tx()
                .read(em -> em.createQuery("SELECT p FROM PlanEntity p WHERE p.jurisdictionCode = :c AND p.startYear <= :y AND p.endYear >= :y",
                        PlanEntity.class).setParameter("c", county).setParameter("y", year).getResultList().stream().findFirst().orElse(null));
    }

    YearlyPlanView createYearly(String code, NewYearlyPlan in, LocalDate today) {
        store.requireCounty(code, StudyRules.RULE_PLAN_BY_COUNTY, "Yearly training plans");
        Validator v = new Validator().require("planId", in.planId()).require("year", in.year()).require("title", in.title())
                .maxLength("title", in.title(), 200);
        if (in.title() != null) {
            v.check(!in.title().isBlank(), "title", "must not be blank");
        }
        Set<String> townCodes = new HashSet<>();
        for (Jurisdiction t : roster.townships(code)) {
            townCodes.add(t.code());
        }
        Set<String> seen = new HashSet<>();
        if (in.targets() != null) {
            for (int i = 0; i < in.targets().size(); i++) {
                TargetLine t = in.targets().get(i);
                v.require("targets[" + i + "].townCode", t.townCode()).require("targets[" + i + "].target", t.target())
                        .range("targets[" + i + "].target", t.target(), 0, 100_000);
                v.check(t.townCode() == null || townCodes.contains(t.townCode()), "targets[" + i + "].townCode", "is not a township of " + code);
                v.check(t.townCode() == null || seen.add(t.townCode()), "targets[" + i + "].townCode", "appears twice");
            }
        }
        v.throwIfInvalid();
        PlanEntity plan = store.tx().read(em -> loadPlan(em, code, in.planId()));
        StudyRules.checkYearInPlan(in.year(), plan.startYear, plan.endYear);
        Map<String, Integer> targets = new HashMap<>();
        if (in.targets() != null) {
            in.targets().forEach(t -> targets.put(t.townCode(), t.target()));
        } else {
            // every member without a post of the township on the day the plan is made
            LocalDate day = in.year() == today.getYear() ? today : LocalDate.of(in.year(), 1, 1);
            for (String t : townCodes) {
                targets.put(t, 0);
            }
            for (Member m : roster.withoutPostInTownships(code, day)) {
                String town = roster.townshipOf(m.jurisdictionCode());
                if (town != null) {
                    targets.merge(town, 1, Integer::sum);
                }
            }
        }
        return store.tx().write(em -> {
            long same = em.createQuery("SELECT COUNT(y) FROM YearlyPlanEntity y WHERE y.jurisdictionCode = :c AND y.year = :y", Long.class)
                    .setParameter("c", code).setParameter("y", in.year()).getSingleResult();
            if (same > 0) {
                throw new RuleViolationException(StudyRules.RULE_YEARLY_PLAN_EXISTS, "The county has a training plan for " + in.year() + " already");
            }
            YearlyPlanEntity y = new YearlyPlanEntity();
            y.planId = plan.id;
            y.jurisdictionCode = code;
            y.year = in.year();
            y.title = in.title().strip();
            y.enteredBy = ModuleStore.caller();
            em.persist(y);
            em.flush();
            for (Map.Entry<String, Integer> t : targets.entrySet()) {
                TargetEntity e = new TargetEntity();
                e.yearlyPlanId = y.id;
                e.townCode = t.getKey();
                e.target = t.getValue();
                em.persist(e);
            }
            em.flush();
            return yearlyView(em, y);
        });
    }

    YearlyPlanView getYearly(String code, long id) {
        return store.tx().read(em -> yearlyView(em, loadYearly(em, code, id)));
    }

    Page<YearlyPlanView> listYearly(String code, Long planId, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<YearlyPlanEntity> rows = new QueryBuilder("YearlyPlanEntity", "y").where("y.jurisdictionCode IN :codes", "codes", codes)
                    .where("y.planId = :plan", "plan", planId).where("y.year = :year", "year", year)
                    .page(em, YearlyPlanEntity.class, page.withDefaultOrder(new PageRequest.Order("year", true), new PageRequest.Order("id", true)),
                            YEARLY_SORT);
            return new Page<>(rows.items().stream().map(y -> yearlyView(em, y)).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** A plan's title and years changed (its yearly plans must stay inside them). */
    PlanView update(String code, long id, NewPlan in, Long version) {
        Validator v = new Validator().require("title", in.title()).maxLength("title", in.title(), 200).require("version", version)
                .maxLength("content", in.content(), 2000);
        if (in.title() != null) {
            v.check(!in.title().isBlank(), "title", "must not be blank");
        }
        v.throwIfInvalid();
        return store.tx().write(em -> {
            PlanEntity p = loadPlan(em, code, id);
            ConflictException.requireVersion("Plan", id, p.version, version);
            p.title = in.title().strip();
            p.content = in.content();
            em.flush();
            return view(em, p);
        });
    }

    PlanEntity loadPlan(EntityManager em, String code, Long id) {
        return store.find(em, PlanEntity.class, id, "Plan", code, p -> p.jurisdictionCode);
    }

    YearlyPlanEntity loadYearly(EntityManager em, String code, long id) {
        return store.find(em, YearlyPlanEntity.class, id, "YearlyPlan", code, p -> p.jurisdictionCode);
    }

    /** The yearly plan a batch body names: one of the scope's county (404 otherwise). */
    YearlyPlanEntity yearlyFor(EntityManager em, String county, long id) {
        YearlyPlanEntity y = em.find(YearlyPlanEntity.class, id);
        if (y == null || !store.within(y.jurisdictionCode, county) && !store.within(county, y.jurisdictionCode)) {
            throw new NotFoundException("YearlyPlan", id);
        }
        return y;
    }

    Map<String, Integer> targets(EntityManager em, long yearlyPlanId) {
        Map<String, Integer> t = new HashMap<>();
        for (TargetEntity e : em.createQuery("SELECT t FROM TargetEntity t WHERE t.yearlyPlanId = :y", TargetEntity.class)
                .setParameter("y", yearlyPlanId).getResultList()) {
            t.put(e.townCode, e.target);
        }
        return t;
    }

    private PlanView view(EntityManager em, PlanEntity p) {
        PlanView v = new PlanView();
        v.id = p.id;
        v.jurisdictionCode = p.jurisdictionCode;
        v.title = p.title;
        v.startYear = p.startYear;
        v.endYear = p.endYear;
        v.content = p.content;
        v.version = p.version;
        for (YearlyPlanEntity y : em.createQuery("SELECT y FROM YearlyPlanEntity y WHERE y.planId = :p ORDER BY y.year", YearlyPlanEntity.class)
                .setParameter("p", p.id).getResultList()) {
            v.years.add(yearlyView(em, y));
        }
        return v;
    }

    YearlyPlanView yearlyView(EntityManager em, YearlyPlanEntity y) {
        YearlyPlanView v = new YearlyPlanView();
        v.id = y.id;
        v.planId = y.planId;
        v.jurisdictionCode = y.jurisdictionCode;
        v.year = y.year;
        v.title = y.title;
        v.version = y.version;
        List<YearlyPlanView.Target> targets = new ArrayList<>();
        for (Map.Entry<String, Integer> t : targets(em, y.id).entrySet()) {
            YearlyPlanView.Target row = new YearlyPlanView.Target();
            row.townCode = t.getKey();
            row.townName = roster.name(t.getKey());
            row.target = t.getValue();
            targets.add(row);
            v.target += t.getValue();
        }
        targets.sort((a, b) -> a.townCode.compareTo(b.townCode));
        v.targets = targets;
        return v;
    }
}
