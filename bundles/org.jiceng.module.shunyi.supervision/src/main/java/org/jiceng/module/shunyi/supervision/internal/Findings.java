package org.jiceng.module.shunyi.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemService;
import org.jiceng.problem.ProblemSeverity;
import org.jiceng.problem.ProblemSource;
import org.jiceng.problem.ProblemStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a team finds: each finding is a problem on the core's problems engine (source SUPERVISION),
 * rectified there by the unit (plan, progress, rectified), then revisited and re-checked here —
 * verified, or reopened with the reason.
 */
@Component(service = Findings.class)
public class Findings {
    static final Set<String> SORTABLE = Set.of("id", "foundOn");
    private static final Map<String, String> SORT = Map.of("id", "f.id", "foundOn", "f.foundOn");

    private final Store store;
    private final SupervisionProcedures procedures;
    private final ProblemService problems;

    @Activate
    public Findings(@Reference Store store, @Reference SupervisionProcedures procedures, @Reference ProblemService problems) {
        this.store = store;
        this.procedures = procedures;
        this.problems = problems;
    }

    /** Body of POST /findings. */
    public static class NewFinding {
        public Long itemId;
        public String description;
        public ProblemSeverity severity;
        public LocalDate foundOn;
        /** By when the unit must have rectified it. */
        public LocalDate deadline;
    }

    /** Body of PUT /findings/{findingId}/recheck. */
    public static class Recheck {
        /** True: verified (the rectification holds); false: reopened, the note saying why. */
        public Boolean passed;
        public String note;
        public LocalDate on;
        /** The problem's version. */
        public Long version;
    }

    /** Records a finding of the item's team while it is at work (422 findings-closed), reporting its problem. */
    public FindingView record(String code, NewFinding in) {
        LocalDate today = store.today();
        new Validator().require("itemId", in.itemId).require("description", in.description).maxLength("description", in.description, 2000)
                .require("severity", in.severity).require("foundOn", in.foundOn).require("deadline", in.deadline)
                .check(in.foundOn == null || !in.foundOn.isAfter(today), "foundOn", "must not be in the future")
                .check(in.foundOn == null || in.deadline == null || in.deadline.isAfter(in.foundOn), "deadline", "must be after foundOn")
                .throwIfInvalid();
        ItemEntity item = store.tx().read(em -> loadItem(em, code, in.itemId));
        if (in.foundOn.isBefore(item.openedOn)) {
            throw new ValidationException("foundOn", "must not be before the item was opened (" + item.openedOn + ")");
        }
        SupervisionRules.requireFindingsOpen(item.kind, procedures.get(item.instanceId).currentStep());
        Problem reported = problems.report(new Problem(null, ProblemSource.SUPERVISION, SupervisionProcedures.SUBJECT_TYPE, item.jurisdictionCode,
                item.jurisdictionCode, "党建工作" + item.kind.zh(), in.severity, in.description.trim(), item.team.zh() + "(" + item.leader + ")",
                in.foundOn,
                in.deadline, null, false, null, null, null, null, null, null, null, 0, List.of(), List.of(), null));
        FindingEntity created = store.tx().write(em -> {
            FindingEntity f = new FindingEntity();
            f.itemId = item.id;
            f.jurisdictionCode = item.jurisdictionCode;
            f.problemId = reported.id();
            f.foundOn = in.foundOn;
            em.persist(f);
            return f;
        });
        return view(created, item, reported);
    }

    /**
     * The revisit's re-check of a rectified finding: verified, or reopened with the reason (the unit
     * rectifies again). 422 finding-not-rectified before the unit reported it rectified.
     */
    public FindingView recheck(String code, long id, Recheck in) {
        long expected = Validator.requiredVersion(in.version);
        LocalDate today = store.today();
        new Validator().require("passed", in.passed).maxLength("note", in.note, 2000)
                .check(!Boolean.FALSE.equals(in.passed) || in.note != null && !in.note.isBlank(), "note",
                        "is required when the re-check fails: say why")
                .check(in.on == null || !in.on.isAfter(today), "on", "must not be in the future").throwIfInvalid();
        FindingEntity f = store.tx().read(em -> load(em, code, id));
        Problem p = problems.get(f.problemId);
        if (p.status() != ProblemStatus.RECTIFIED) {
            throw new RuleViolationException(SupervisionRules.RULE_FINDING_NOT_RECTIFIED, "Finding " + id + " is " + p.status()
                    + ": it is re-checked once the unit reports it rectified");
        }
        LocalDate on = in.on == null ? today : in.on;
        Problem after = in.passed
                ? problems.verify(f.problemId, Store.caller(), in.note, on, expected)
                : problems.reopen(f.problemId, in.note.trim(), Store.caller(), on, expected);
        return view(f, store.tx().read(em -> em.find(ItemEntity.class, f.itemId)), after);
    }

    public FindingView get(String code, long id) {
        return store.tx().read(em -> {
            FindingEntity f = load(em, code, id);
            return view(f, em.find(ItemEntity.class, f.itemId), problems.get(f.problemId));
        });
    }

    /** Findings of the subtree, by item, kind and year found. */
    public Page<FindingView> list(String code, Long itemId, Kind kind, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("FindingEntity", "f").where("f.jurisdictionCode IN :codes", "codes", codes)
                    .where("f.itemId = :item", "item", itemId)
                    .where("f.itemId IN (SELECT i.id FROM ItemEntity i WHERE i.kind = :kind)", "kind", kind)
                    .where("f.foundOn >= :from", "from", year == null ? null : LocalDate.of(year, 1, 1))
                    .where("f.foundOn < :to", "to", year == null ? null : LocalDate.of(year + 1, 1, 1));
            Page<FindingEntity> rows = q.page(em, FindingEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(f -> view(f, em.find(ItemEntity.class, f.itemId), problems.get(f.problemId))).toList(),
                    rows.page(), rows.size(), rows.total());
        });
    }

    /** The problems of an item's findings, as the problems engine has them now. */
    List<Problem> problemsOf(long itemId) {
        List<Long> ids = store.tx().read(em -> em.createQuery("SELECT f.problemId FROM FindingEntity f WHERE f.itemId = :i ORDER BY f.id", Long.class)
                .setParameter("i", itemId).getResultList());
        return ids.stream().map(problems::get).toList();
    }

    private static FindingView view(FindingEntity f, ItemEntity item, Problem p) {
        FindingView v = new FindingView();
        v.id = f.id;
        v.itemId = f.itemId;
        v.kind = item.kind;
        v.itemTitle = item.title;
        v.unit = item.unit;
        v.jurisdictionCode = f.jurisdictionCode;
        v.problemId = f.problemId;
        v.description = p.description();
        v.severity = p.severity().name();
        v.foundOn = f.foundOn;
        v.deadline = p.deadline();
        v.status = p.status() == null ? null : p.status().name();
        v.overdue = p.overdue();
        v.rectifiedOn = p.rectifiedOn();
        v.verifiedOn = p.verifiedOn();
        v.reopenCount = p.reopenCount();
        v.version = p.version() == null ? 0 : p.version();
        return v;
    }

    private ItemEntity loadItem(EntityManager em, String code, long id) {
        return store.find(em, ItemEntity.class, id, "Supervision item", code, i -> i.jurisdictionCode);
    }

    private FindingEntity load(EntityManager em, String code, long id) {
        return store.find(em, FindingEntity.class, id, "Finding", code, f -> f.jurisdictionCode);
    }
}
