package org.jiceng.module.shunyi.meetings.internal;

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
import org.jiceng.procedure.ProcedureInstance;
import org.jiceng.procedure.ProcedureService;
import org.jiceng.procedure.ProcedureStatus;
import org.jiceng.procedure.StepCompletion;
import org.jiceng.procedure.StepState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Matters (议题) on the chain: each is two instances of the procedure engine — the chain of
 * meetings it passes, each step at a held meeting of its kind, and its four ups and downs, which
 * must be complete before the standing committee decides it.
 */
@Component(service = Matters.class)
public class Matters {
    static final Set<String> SORTABLE = Set.of("id", "openedOn");
    private static final Map<String, String> SORT = Map.of("id", "m.id", "openedOn", "m.openedOn");

    private final Store store;
    private final Meetings meetings;
    private final ProcedureService procedures;

    @Activate
    public Matters(@Reference Store store, @Reference Meetings meetings, @Reference ProcedureService procedures) {
        this.store = store;
        this.meetings = meetings;
        this.procedures = procedures;
        procedures.define(MeetingRules.CHAIN);
        procedures.define(MeetingRules.ROUNDS);
    }

    /** Body of POST /matters. */
    public static class NewMatter {
        public String title;
        public String jurisdictionCode;
        public LocalDate openedOn;
    }

    /** Body of PUT /matters/{matterId}/chain/{stepKey}: the held meeting that passed the matter, its conclusion, the chain's version. */
    public static class ChainStep {
        public Long meetingId;
        public String conclusion;
        public Long version;
    }

    /** Body of PUT /matters/{matterId}/rounds/{stepKey}: what went up or down, when, and the rounds' version. */
    public static class RoundStep {
        public String record;
        public LocalDate completedOn;
        public Long version;
    }

    public MatterView open(String code, NewMatter in) {
        LocalDate today = store.today();
        new Validator().require("title", in.title).maxLength("title", in.title, 300).require("jurisdictionCode", in.jurisdictionCode)
                .require("openedOn", in.openedOn).check(in.openedOn == null || !in.openedOn.isAfter(today), "openedOn", "must not be in the future")
                .throwIfInvalid();
        String county = store.countyWriting(code);
        String place = in.jurisdictionCode.trim();
        if (!store.within(place, county)) {
            throw new ValidationException("jurisdictionCode", "must lie in " + county);
        }
        String title = in.title.trim();
        // the subject is the jurisdiction: the engine's instances are listed and scoped by it like the module's matter
        ProcedureInstance chain = procedures.start(MeetingRules.CHAIN_KEY, MeetingRules.SUBJECT_TYPE, place, place, "会议机制: " + title, Store.caller(),
                in.openedOn);
        ProcedureInstance rounds = procedures.start(MeetingRules.ROUNDS_KEY, MeetingRules.SUBJECT_TYPE, place, place, "四上四下: " + title,
                Store.caller(),
                in.openedOn);
        MatterEntity created = store.tx().write(em -> {
            MatterEntity m = new MatterEntity();
            m.countyCode = county;
            m.jurisdictionCode = place;
            m.title = title;
            m.openedOn = in.openedOn;
            m.openedBy = Store.caller();
            m.chainInstanceId = chain.id();
            m.roundsInstanceId = rounds.id();
            em.persist(m);
            return m;
        });
        return view(created);
    }

    /**
     * Passes the matter's open chain step at a held meeting of its kind (422 meeting-not-of-step,
     * meeting-not-held, meeting-before-step; the standing committee only after the four ups and
     * downs: four-ups-four-downs-incomplete; the engine's step-order).
     */
    public MatterView passChain(String code, long id, String stepKey, ChainStep in) {
        long expected = Validator.requiredVersion(in.version);
        new Validator().require("meetingId", in.meetingId).require("conclusion", in.conclusion).maxLength("conclusion", in.conclusion, 3000)
                .throwIfInvalid();
        if (MeetingKind.ofStep(stepKey) == null) {
            throw new ValidationException("stepKey", "is not a step of the chain: " + MeetingRules.CHAIN.steps().stream().map(s -> s.key()).toList());
        }
        MatterEntity matter = store.tx().read(em -> load(em, code, id));
        MeetingEntity meeting = store.tx().read(em -> meetings.load(em, matter.countyCode, in.meetingId));
        ProcedureInstance chain = procedures.get(matter.chainInstanceId);
        LocalDate previous = chain.steps().stream().map(StepState::completedOn).filter(d -> d != null).max(LocalDate::compareTo)
                .orElse(matter.openedOn);
        boolean roundsComplete = procedures.get(matter.roundsInstanceId).status() == ProcedureStatus.COMPLETED;
        MeetingRules.requireMeetingFits(stepKey, meeting.kind, meeting.state, meeting.heldOn, previous, roundsComplete);
        procedures.completeStep(matter.chainInstanceId, stepKey, new StepCompletion(Store.caller(), null, meeting.toView().title + ": "
                + in.conclusion.trim(), List.of(), meeting.heldOn, expected));
        return view(matter);
    }

    /** Completes the open step of the matter's four ups and downs (the engine's step-order, step-record). */
    public MatterView passRound(String code, long id, String stepKey, RoundStep in) {
        long expected = Validator.requiredVersion(in.version);
        LocalDate today = store.today();
        new Validator().require("record", in.record).maxLength("record", in.record, 3000)
                .check(in.completedOn == null || !in.completedOn.isAfter(today), "completedOn", "must not be in the future").throwIfInvalid();
        MatterEntity matter = store.tx().read(em -> load(em, code, id));
        procedures.completeStep(matter.roundsInstanceId, stepKey,
                new StepCompletion(Store.caller(), null, in.record.trim(), List.of(), in.completedOn,
                        expected));
        return view(matter);
    }

    public MatterView get(String code, long id) {
        return view(store.tx().read(em -> load(em, code, id)));
    }

    /** Matters of the subtree (opened in a year, when given), newest first. */
    public Page<MatterView> list(String code, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        Page<MatterEntity> rows = store.tx().read(em -> new QueryBuilder("MatterEntity", "m").where("m.jurisdictionCode IN :codes", "codes", codes)
                .where("m.openedOn >= :from", "from", year == null ? null : LocalDate.of(year, 1, 1))
                .where("m.openedOn < :to", "to", year == null ? null : LocalDate.of(year + 1, 1, 1))
                .page(em, MatterEntity.class, page.withDefaultOrder(new PageRequest.Order("openedOn", false)), SORT));
        return new Page<>(rows.items().stream().map(this::view).toList(), rows.page(), rows.size(), rows.total());
    }

    private MatterView view(MatterEntity m) {
        ProcedureInstance chain = procedures.get(m.chainInstanceId);
        ProcedureInstance rounds = procedures.get(m.roundsInstanceId);
        MatterView v = new MatterView();
        v.id = m.id;
        v.countyCode = m.countyCode;
        v.jurisdictionCode = m.jurisdictionCode;
        v.title = m.title;
        v.openedOn = m.openedOn;
        v.openedBy = m.openedBy;
        v.chainStep = chain.currentStepKey();
        v.chainStatus = chain.status().name();
        v.chain = chain.steps();
        v.chainVersion = chain.version();
        v.roundSteps = rounds.currentStep();
        v.roundStep = rounds.currentStepKey();
        v.roundsStatus = rounds.status().name();
        v.rounds = rounds.steps();
        v.roundsVersion = rounds.version();
        v.decided = chain.steps().stream().anyMatch(s -> s.key().equals(MeetingKind.STANDING_COMMITTEE.stepKey()) && "DONE".equals(s.state()));
        return v;
    }

    private MatterEntity load(EntityManager em, String code, long id) {
        return store.find(em, MatterEntity.class, id, "Matter", code, m -> m.jurisdictionCode);
    }
}
