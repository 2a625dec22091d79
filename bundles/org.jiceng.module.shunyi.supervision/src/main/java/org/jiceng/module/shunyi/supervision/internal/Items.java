package org.jiceng.module.shunyi.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemStatus;
import org.jiceng.procedure.ProcedureInstance;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Supervision items (督导、督查事项): opened on a unit by a team, stepped through their procedure, the ledger of the district. */
@Component(service = Items.class)
public class Items {
    static final Set<String> SORTABLE = Set.of("id", "openedOn");
    private static final Map<String, String> SORT = Map.of("id", "i.id", "openedOn", "i.openedOn");

    private final Store store;
    private final SupervisionProcedures procedures;
    private final Findings findings;

    @Activate
    public Items(@Reference Store store, @Reference SupervisionProcedures procedures, @Reference Findings findings) {
        this.store = store;
        this.procedures = procedures;
        this.findings = findings;
    }

    /** Body of POST /items. */
    public static class NewItem {
        public Kind kind;
        public String title;
        public String unit;
        /** Where the supervised unit is: the county for its organs, a township, a village. */
        public String jurisdictionCode;
        public Team team;
        public String leader;
        /** A key task (of the work points, of the district committee) rather than routine supervision. */
        public Boolean keyTask;
        public LocalDate openedOn;
    }

    /** Body of PUT /items/{itemId}/steps/{stepKey}: the step's record and the instance's version. */
    public static class StepInput {
        public String record;
        public LocalDate completedOn;
        public Long version;
    }

    public ItemView open(String code, NewItem in) {
        LocalDate today = store.today();
        new Validator().require("kind", in.kind).require("title", in.title).maxLength("title", in.title, 300).require("unit", in.unit)
                .maxLength("unit", in.unit, 100).require("jurisdictionCode", in.jurisdictionCode).require("team", in.team)
                .require("leader", in.leader)
                .maxLength("leader", in.leader, 50).require("openedOn", in.openedOn)
                .check(in.openedOn == null || !in.openedOn.isAfter(today), "openedOn", "must not be in the future").throwIfInvalid();
        String place = in.jurisdictionCode.trim();
        if (!store.within(place, code)) {
            throw new ValidationException("jurisdictionCode", "must lie in " + code);
        }
        String title = in.title.trim();
        ProcedureInstance instance = procedures.start(in.kind, place, in.kind.zh() + ": " + title, in.openedOn);
        ItemEntity created = store.tx().write(em -> {
            ItemEntity i = new ItemEntity();
            i.jurisdictionCode = place;
            i.kind = in.kind;
            i.title = title;
            i.unit = in.unit.trim();
            i.team = in.team;
            i.leader = in.leader.trim();
            i.keyTask = Boolean.TRUE.equals(in.keyTask);
            i.openedOn = in.openedOn;
            i.openedBy = Store.caller();
            i.instanceId = instance.id();
            em.persist(i);
            return i;
        });
        return view(created);
    }

    /**
     * Completes the item's current step on the engine (in order: 422 step-order; with its record:
     * step-record); the revisit passes once every finding is verified (422 findings-not-rechecked).
     */
    public ItemView completeStep(String code, long id, String stepKey, StepInput in) {
        long expected = Validator.requiredVersion(in.version);
        ItemEntity item = store.tx().read(em -> load(em, code, id));
        if (item.kind.indexOf(stepKey) < 0) {
            throw new ValidationException("stepKey",
                    "is not a step of " + item.kind.zh() + ": " + item.kind.steps().stream().map(s -> s.key()).toList());
        }
        LocalDate today = store.today();
        new Validator().require("record", in.record).maxLength("record", in.record, 4000)
                .check(in.completedOn == null || !in.completedOn.isAfter(today), "completedOn", "must not be in the future").throwIfInvalid();
        long unverified = findings.problemsOf(id).stream().filter(p -> p.status() != ProblemStatus.VERIFIED).count();
        SupervisionRules.requireRechecked(item.kind, stepKey, unverified);
        procedures.complete(item.instanceId, stepKey, in.record.trim(), in.completedOn, expected);
        return view(item);
    }

    public ItemView get(String code, long id) {
        return view(store.tx().read(em -> load(em, code, id)));
    }

    /** Items of the subtree by kind, team, key task and year opened (the ledger), newest first. */
    public Page<ItemView> list(String code, Kind kind, Team team, Boolean keyTask, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        Page<ItemEntity> rows = store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("ItemEntity", "i").where("i.jurisdictionCode IN :codes", "codes", codes)
                    .where("i.kind = :kind", "kind", kind)
                    .where("i.team = :team", "team", team).where("i.keyTask = :key", "key", keyTask)
                    .where("i.openedOn >= :from", "from", year == null ? null : LocalDate.of(year, 1, 1))
                    .where("i.openedOn < :to", "to", year == null ? null : LocalDate.of(year + 1, 1, 1));
            return q.page(em, ItemEntity.class, page.withDefaultOrder(new PageRequest.Order("openedOn", false)), SORT);
        });
        return new Page<>(rows.items().stream().map(this::view).toList(), rows.page(), rows.size(), rows.total());
    }

    private ItemView view(ItemEntity i) {
        ProcedureInstance p = procedures.get(i.instanceId);
        ItemView v = new ItemView();
        v.id = i.id;
        v.kind = i.kind;
        v.kindZh = i.kind.zh();
        v.title = i.title;
        v.unit = i.unit;
        v.jurisdictionCode = i.jurisdictionCode;
        v.team = i.team;
        v.teamZh = i.team.zh();
        v.leader = i.leader;
        v.keyTask = i.keyTask;
        v.openedOn = i.openedOn;
        v.openedBy = i.openedBy;
        v.instanceId = i.instanceId;
        v.status = p.status().name();
        v.currentStep = p.currentStepKey();
        v.currentStepName = p.currentStepKey() == null ? null : i.kind.steps().get(i.kind.indexOf(p.currentStepKey())).name();
        v.currentDue = p.currentDue();
        v.overdue = p.overdue();
        v.steps = p.steps();
        List<Problem> found = findings.problemsOf(i.id);
        v.findings = found.size();
        v.findingsRectified = found.stream().filter(x -> x.status() == ProblemStatus.RECTIFIED || x.status() == ProblemStatus.VERIFIED).count();
        v.findingsVerified = found.stream().filter(x -> x.status() == ProblemStatus.VERIFIED).count();
        v.version = p.version();
        return v;
    }

    private ItemEntity load(EntityManager em, String code, long id) {
        return store.find(em, ItemEntity.class, id, "Supervision item", code, i -> i.jurisdictionCode);
    }
}
