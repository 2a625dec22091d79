package org.jiceng.module.shunyi.indicators.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The year's tasks of the indicators (党建任务), each assigned to a unit, which reports it done. */
@Component(service = Tasks.class)
public class Tasks {
    static final Set<String> SORTABLE = Set.of("id", "code", "dueOn", "unit");
    private static final Map<String, String> SORT = Map.of("id", "t.id", "code", "t.code", "dueOn", "t.dueOn", "unit", "t.unit");

    private final Store store;
    private final IndicatorSystem system;

    @Activate
    public Tasks(@Reference Store store, @Reference IndicatorSystem system) {
        this.store = store;
        this.system = system;
    }

    /** Body of POST /tasks. */
    public static class NewTask {
        public String indicatorCode;
        public Integer year;
        /** The task's number in the year's plan ("01-03": the third task of indicator 01). */
        public String code;
        public String title;
        public String unit;
        /** Where the unit is: the county for its organs, a township for its Party committee. */
        public String jurisdictionCode;
        public LocalDate dueOn;
    }

    public TaskView create(String code, NewTask in) {
        new Validator().require("indicatorCode", in.indicatorCode).require("year", in.year).range("year", in.year, 2000, 2100)
                .require("code", in.code).maxLength("code", in.code, 16).require("title", in.title).maxLength("title", in.title, 500)
                .require("unit", in.unit).maxLength("unit", in.unit, 100).require("jurisdictionCode", in.jurisdictionCode).require("dueOn", in.dueOn)
                .check(in.dueOn == null || in.year == null || in.dueOn.getYear() == in.year, "dueOn", "must lie in the plan's year")
                .throwIfInvalid();
        String county = store.countyWriting(code);
        String place = in.jurisdictionCode.trim();
        if (!store.within(place, county)) {
            throw new ValidationException("jurisdictionCode", "must lie in " + county);
        }
        TaskEntity created = store.tx().write(em -> {
            IndicatorEntity indicator = system.require(em, county, in.indicatorCode);
            if (!em.createQuery("SELECT t.id FROM TaskEntity t WHERE t.countyCode = :c AND t.year = :y AND t.code = :code", Long.class)
                    .setParameter("c", county).setParameter("y", in.year).setParameter("code", in.code.trim()).getResultList().isEmpty()) {
                throw new RuleViolationException(IndicatorRules.RULE_TASK_CODE_TAKEN, "The plan of " + county + " for " + in.year + " has task "
                        + in.code.trim() + " already");
            }
            TaskEntity t = new TaskEntity();
            t.countyCode = county;
            t.indicatorId = indicator.id;
            t.year = in.year;
            t.code = in.code.trim();
            t.title = in.title.trim();
            t.unit = in.unit.trim();
            t.jurisdictionCode = place;
            t.dueOn = in.dueOn;
            em.persist(t);
            return t;
        });
        // the view is made after the commit, which sets the version the caller sends back
        return view(created);
    }

    /** The unit reports its task done; 422 task-already-done. */
    public TaskView complete(String code, long id, Completion in) {
        long expected = Validator.requiredVersion(in.version);
        LocalDate today = store.today();
        new Validator().require("doneOn", in.doneOn).maxLength("note", in.note, 2000)
                .check(in.doneOn == null || !in.doneOn.isAfter(today), "doneOn", "must not be in the future").throwIfInvalid();
        TaskEntity done = store.tx().write(em -> {
            TaskEntity t = load(em, code, id);
            ConflictException.requireVersion("Indicator task", id, t.version, expected);
            IndicatorRules.requireTaskOpen(id, t.doneOn);
            if (in.doneOn.getYear() < t.year) {
                throw new ValidationException("doneOn", "must not be before the plan's year (" + t.year + ")");
            }
            t.doneOn = in.doneOn;
            t.doneNote = in.note == null || in.note.isBlank() ? null : in.note.trim();
            t.reportedBy = Store.caller();
            return t;
        });
        return view(done);
    }

    public TaskView get(String code, long id) {
        return view(store.tx().read(em -> load(em, code, id)));
    }

    /** Tasks of the subtree; filters by year, indicator, domain, unit and where they stand. */
    public Page<TaskView> list(String code, Integer year, String indicatorCode, PartyDomain domain, String unit, Progress progress,
            PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        LocalDate today = store.today();
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("TaskEntity", "t").where("t.jurisdictionCode IN :codes", "codes", codes)
                    .where("t.year = :year", "year", year)
                    .where("t.unit = :unit", "unit", unit == null || unit.isBlank() ? null : unit.trim())
                    .where("t.indicatorId IN (SELECT i.id FROM IndicatorEntity i WHERE i.code = :indicator)", "indicator",
                            indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode.trim())
                    .where("t.indicatorId IN (SELECT i.id FROM IndicatorEntity i WHERE i.domain = :domain)", "domain", domain);
            if (progress != null) {
                switch (progress) {
                    case DONE -> q.where("t.doneOn IS NOT NULL AND t.doneOn <= t.dueOn");
                    case DONE_LATE -> q.where("t.doneOn IS NOT NULL AND t.doneOn > t.dueOn");
                    case DUE -> q.where("t.doneOn IS NULL AND t.dueOn >= :today", "today", today);
                    case SLIPPING -> q.where("t.doneOn IS NULL AND t.dueOn < :today", "today", today);
                }
            }
            Page<TaskEntity> rows = q.page(em, TaskEntity.class, page.withDefaultOrder(new PageRequest.Order("code", true)), SORT);
            Map<Long, IndicatorEntity> indicators = system.byId(em, store.countyOf(code));
            return new Page<>(rows.items().stream().map(t -> t.toView(indicators.get(t.indicatorId), today)).toList(), rows.page(), rows.size(),
                    rows.total());
        });
    }

    /** Open tasks of the subtree due on or before {@code until}, earliest first (the inbox). */
    List<TaskView> dueBy(String code, LocalDate until, int limit) {
        List<String> codes = store.subtreeCodes(code);
        LocalDate today = store.today();
        return store.tx().read(em -> {
            List<TaskEntity> rows = em
                    .createQuery("SELECT t FROM TaskEntity t WHERE t.jurisdictionCode IN :codes AND t.doneOn IS NULL AND t.dueOn <= :until"
                            + " ORDER BY t.dueOn, t.id", TaskEntity.class)
                    .setParameter("codes", codes).setParameter("until", until).setMaxResults(limit)
                    .getResultList();
            return rows.stream().map(t -> t.toView(em.find(IndicatorEntity.class, t.indicatorId), today)).toList();
        });
    }

    /** Every task of the county's subtree in a year (figures, documents). */
    List<TaskView> ofYear(String code, int year) {
        return Pages.all("id", SORTABLE, page -> list(code, year, null, null, null, null, page));
    }

    private TaskView view(TaskEntity t) {
        LocalDate today = store.today();
        return store.tx().read(em -> t.toView(em.find(IndicatorEntity.class, t.indicatorId), today));
    }

    private TaskEntity load(EntityManager em, String code, long id) {
        return store.find(em, TaskEntity.class, id, "Indicator task", code, t -> t.jurisdictionCode);
    }
}
