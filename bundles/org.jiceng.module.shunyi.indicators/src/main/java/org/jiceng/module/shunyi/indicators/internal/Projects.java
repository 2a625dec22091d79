package org.jiceng.module.shunyi.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Folded projects (折子工程): each carries out an item of the year's work points for a unit, under
 * an indicator, and is scheduled backwards from its deadline into milestones (倒排工期) that the unit
 * reports done in their order.
 */
@Component(service = Projects.class)
public class Projects {
    static final Set<String> SORTABLE = Set.of("id", "deadline", "unit");
    private static final Map<String, String> SORT = Map.of("id", "p.id", "deadline", "p.deadline", "unit", "p.unit");
    static final int MAX_MILESTONES = 12;
    private static final String UNDONE = "SELECT m.id FROM MilestoneEntity m WHERE m.projectId = p.id AND m.doneOn IS NULL";

    private final Store store;
    private final IndicatorSystem system;
    private final WorkPoints workPoints;

    @Activate
    public Projects(@Reference Store store, @Reference IndicatorSystem system, @Reference WorkPoints workPoints) {
        this.store = store;
        this.system = system;
        this.workPoints = workPoints;
    }

    /** Body of POST /projects. */
    public static class NewProject {
        public Integer year;
        /** The item of the year's work points the project carries out. */
        public Integer workItemNumber;
        public String indicatorCode;
        public String title;
        public String unit;
        public String jurisdictionCode;
        public LocalDate startsOn;
        public LocalDate deadline;
        /** In their order; the last is due on the deadline, each earlier one when the next must start. */
        public List<NewMilestone> milestones;
    }

    /** A milestone of a new project: what is done, and how many days it takes. */
    public static class NewMilestone {
        public String title;
        public Integer durationDays;
    }

    public ProjectView create(String code, NewProject in) {
        Validator v = new Validator().require("year", in.year).range("year", in.year, 2000, 2100).require("workItemNumber", in.workItemNumber)
                .require("indicatorCode", in.indicatorCode).require("title", in.title).maxLength("title", in.title, 300).require("unit", in.unit)
                .maxLength("unit", in.unit, 100).require("jurisdictionCode", in.jurisdictionCode).require("startsOn", in.startsOn)
                .require("deadline", in.deadline)
                .check(in.deadline == null || in.year == null || in.deadline.getYear() == in.year, "deadline", "must lie in the plan's year")
                .check(in.deadline == null || in.startsOn == null || in.startsOn.isBefore(in.deadline), "startsOn", "must be before the deadline")
                .check(in.milestones != null && !in.milestones.isEmpty() && in.milestones.size() <= MAX_MILESTONES, "milestones",
                        "must list 1 to " + MAX_MILESTONES + " milestones");
        if (in.milestones != null) {
            for (int i = 0; i < in.milestones.size(); i++) {
                NewMilestone m = in.milestones.get(i);
                String at = "milestones[" + i + "].";
                if (m == null) {
                    v.check(false, "milestones[" + i + "]", "is required");
                    continue;
                }
                v.require(at + "title", m.title).maxLength(at + "title", m.title, 300).require(at + "durationDays", m.durationDays)
                        .range(at + "durationDays", m.durationDays, 1, 366);
            }
        }
        v.throwIfInvalid();
        String county = store.countyOf(code);
        String place = in.jurisdictionCode.trim();
        if (!store.within(place, code)) {
            throw new ValidationException("jurisdictionCode", "must lie in " + code);
        }
        List<LocalDate> due = IndicatorRules.scheduleBackwards(in.startsOn, in.deadline, in.milestones.stream().map(m -> m.durationDays).toList());
        long id = store.tx().write(em -> {
            WorkItemEntity item = workPoints.require(em, county, in.year, in.workItemNumber);
            IndicatorEntity indicator = system.require(em, county, in.indicatorCode);
            ProjectEntity p = new ProjectEntity();
            p.countyCode = county;
            p.year = in.year;
            p.workItemId = item.id;
            p.indicatorId = indicator.id;
            p.title = in.title.trim();
            p.unit = in.unit.trim();
            p.jurisdictionCode = place;
            p.startsOn = in.startsOn;
            p.deadline = in.deadline;
            p.createdBy = Store.caller();
            em.persist(p);
            em.flush();
            for (int i = 0; i < in.milestones.size(); i++) {
                MilestoneEntity m = new MilestoneEntity();
                m.projectId = p.id;
                m.jurisdictionCode = place;
                m.seq = i + 1;
                m.title = in.milestones.get(i).title.trim();
                m.durationDays = in.milestones.get(i).durationDays;
                m.dueOn = due.get(i);
                em.persist(m);
            }
            return p.id;
        });
        return get(code, id);
    }

    public ProjectView get(String code, long id) {
        LocalDate today = store.today();
        return store.tx().read(em -> view(em, store.find(em, ProjectEntity.class, id, "Folded project", code, p -> p.jurisdictionCode), today));
    }

    /** Projects of the subtree; filters by year, work point, indicator's domain, unit and where they stand. */
    public Page<ProjectView> list(String code, Integer year, Integer workItemNumber, PartyDomain domain, String unit, Progress progress,
            PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        LocalDate today = store.today();
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("ProjectEntity", "p").where("p.jurisdictionCode IN :codes", "codes", codes)
                    .where("p.year = :year", "year", year).where("p.unit = :unit", "unit", unit == null || unit.isBlank() ? null : unit.trim())
                    .where("p.workItemId IN (SELECT w.id FROM WorkItemEntity w WHERE w.itemNumber = :item)", "item", workItemNumber)
                    .where("p.indicatorId IN (SELECT i.id FROM IndicatorEntity i WHERE i.domain = :domain)", "domain", domain);
            if (progress != null) {
                switch (progress) {
                    case DONE -> q.where("NOT EXISTS (" + UNDONE + ") AND NOT EXISTS (SELECT m.id FROM MilestoneEntity m WHERE m.projectId = p.id"
                            + " AND m.doneOn > p.deadline)");
                    case DONE_LATE -> q.where("NOT EXISTS (" + UNDONE + ") AND EXISTS (SELECT m.id FROM MilestoneEntity m WHERE m.projectId = p.id"
                            + " AND m.doneOn > p.deadline)");
                    case SLIPPING -> q.where("EXISTS (" + UNDONE + " AND m.dueOn < :today)", "today", today);
                    case DUE -> q.where("EXISTS (" + UNDONE + ") AND NOT EXISTS (" + UNDONE + " AND m.dueOn < :today)", "today", today);
                }
            }
            Page<ProjectEntity> rows = q.page(em, ProjectEntity.class, page.withDefaultOrder(new PageRequest.Order("deadline", true)), SORT);
            return new Page<>(rows.items().stream().map(p -> view(em, p, today)).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** Every project of the subtree in a year, with its milestones (figures, documents). */
    List<ProjectView> ofYear(String code, int year) {
        return Pages.all("id", SORTABLE, page -> list(code, year, null, null, null, null, page));
    }

    /** Milestones of the subtree; filters by project, unit and where they stand, by due day. */
    public Page<MilestoneView> milestones(String code, Long projectId, String unit, Progress progress, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        LocalDate today = store.today();
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("MilestoneEntity", "m").where("m.jurisdictionCode IN :codes", "codes", codes)
                    .where("m.projectId = :project", "project", projectId)
                    .where("m.projectId IN (SELECT p.id FROM ProjectEntity p WHERE p.unit = :unit)", "unit",
                            unit == null || unit.isBlank() ? null : unit.trim());
            if (progress != null) {
                switch (progress) {
                    case DONE -> q.where("m.doneOn IS NOT NULL AND m.doneOn <= m.dueOn");
                    case DONE_LATE -> q.where("m.doneOn IS NOT NULL AND m.doneOn > m.dueOn");
                    case DUE -> q.where("m.doneOn IS NULL AND m.dueOn >= :today", "today", today);
                    case SLIPPING -> q.where("m.doneOn IS NULL AND m.dueOn < :today", "today", today);
                }
            }
            Page<MilestoneEntity> rows = q.page(em, MilestoneEntity.class, page.withDefaultOrder(new PageRequest.Order("dueOn", true)),
                    Map.of("id", "m.id", "dueOn", "m.dueOn"));
            Map<Long, ProjectEntity> projects = new HashMap<>();
            return new Page<>(
                    rows.items().stream().map(m -> m.toView(projects.computeIfAbsent(m.projectId, id -> em.find(ProjectEntity.class, id)), today))
                            .toList(),
                    rows.page(), rows.size(), rows.total());
        });
    }

    public MilestoneView milestone(String code, long id) {
        LocalDate today = store.today();
        return store.tx().read(em -> {
            MilestoneEntity m = loadMilestone(em, code, id);
            return m.toView(em.find(ProjectEntity.class, m.projectId), today);
        });
    }

    /** The unit reports a milestone done, in the order of the schedule; 422 milestone-out-of-order, milestone-already-done. */
    public MilestoneView completeMilestone(String code, long id, Completion in) {
        long expected = Validator.requiredVersion(in.version);
        LocalDate today = store.today();
        new Validator().require("doneOn", in.doneOn).maxLength("note", in.note, 2000)
                .check(in.doneOn == null || !in.doneOn.isAfter(today), "doneOn", "must not be in the future").throwIfInvalid();
        store.tx().write(em -> {
            MilestoneEntity m = loadMilestone(em, code, id);
            ConflictException.requireVersion("Milestone", id, m.version, expected);
            IndicatorRules.requireMilestoneOpen(id, m.doneOn);
            List<MilestoneEntity> all = milestonesOf(em, m.projectId);
            IndicatorRules.requireInOrder(m.seq, all.stream().filter(o -> o.doneOn == null).map(o -> o.seq).min(Integer::compare).orElse(null));
            ProjectEntity p = em.find(ProjectEntity.class, m.projectId);
            if (in.doneOn.isBefore(p.startsOn)) {
                throw new ValidationException("doneOn", "must not be before the project starts (" + p.startsOn + ")");
            }
            LocalDate previousDone = all.stream().filter(o -> o.seq < m.seq).map(o -> o.doneOn).max(LocalDate::compareTo).orElse(null);
            if (previousDone != null && in.doneOn.isBefore(previousDone)) {
                throw new ValidationException("doneOn", "must not be before the previous milestone was done (" + previousDone + ")");
            }
            m.doneOn = in.doneOn;
            m.note = in.note == null || in.note.isBlank() ? null : in.note.trim();
            m.reportedBy = Store.caller();
            return m;
        });
        return milestone(code, id);
    }

    /** Open milestones of the subtree due on or before {@code until}, earliest first (the inbox). */
    List<MilestoneView> dueBy(String code, LocalDate until, int limit) {
        List<String> codes = store.subtreeCodes(code);
        LocalDate today = store.today();
        return store.tx().read(em -> em.createQuery("SELECT m FROM MilestoneEntity m WHERE m.jurisdictionCode IN :codes AND m.doneOn IS NULL"
                + " AND m.dueOn <= :until ORDER BY m.dueOn, m.id", MilestoneEntity.class).setParameter("codes", codes).setParameter("until", until)
                .setMaxResults(limit).getResultList().stream().map(m -> m.toView(em.find(ProjectEntity.class, m.projectId), today)).toList());
    }

    private ProjectView view(EntityManager em, ProjectEntity p, LocalDate today) {
        WorkItemEntity item = em.find(WorkItemEntity.class, p.workItemId);
        IndicatorEntity indicator = em.find(IndicatorEntity.class, p.indicatorId);
        ProjectView v = new ProjectView();
        v.id = p.id;
        v.year = p.year;
        v.workItemId = p.workItemId;
        v.workItemNumber = item.itemNumber;
        v.workItemContent = item.content;
        v.indicatorCode = indicator.code;
        v.indicatorName = indicator.name;
        v.domain = indicator.domain;
        v.domainZh = indicator.domain.zh();
        v.title = p.title;
        v.unit = p.unit;
        v.jurisdictionCode = p.jurisdictionCode;
        v.startsOn = p.startsOn;
        v.deadline = p.deadline;
        v.createdBy = p.createdBy;
        v.milestones = new ArrayList<>();
        for (MilestoneEntity m : milestonesOf(em, p.id)) {
            v.milestones.add(m.toView(p, today));
        }
        v.milestonesDone = (int) v.milestones.stream().filter(m -> m.progress.done()).count();
        v.percentDone = IndicatorRules.percent(v.milestonesDone, v.milestones.size());
        v.progress = projectProgress(v.milestones, p.deadline);
        v.progressZh = v.progress.zh();
        v.version = p.version;
        return v;
    }

    /** A project is done when its milestones are (late when one was done after the deadline), slipping when one's day passed undone. */
    static Progress projectProgress(List<MilestoneView> milestones, LocalDate deadline) {
        if (milestones.stream().allMatch(m -> m.progress.done())) {
            return milestones.stream().anyMatch(m -> m.doneOn.isAfter(deadline)) ? Progress.DONE_LATE : Progress.DONE;
        }
        return milestones.stream().anyMatch(m -> m.progress == Progress.SLIPPING) ? Progress.SLIPPING : Progress.DUE;
    }

    private static List<MilestoneEntity> milestonesOf(EntityManager em, long projectId) {
        return em.createQuery("SELECT m FROM MilestoneEntity m WHERE m.projectId = :p ORDER BY m.seq", MilestoneEntity.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    private MilestoneEntity loadMilestone(EntityManager em, String code, long id) {
        return store.find(em, MilestoneEntity.class, id, "Milestone", code, m -> m.jurisdictionCode);
    }
}
