package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.Cadence;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.procedure.ProcedureDefinition;
import org.jiceng.procedure.ProcedureInstance;
import org.jiceng.procedure.ProcedureService;
import org.jiceng.procedure.StepCompletion;
import org.jiceng.procedure.StepDefinition;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Village joint meetings: the leadership joint meeting (班子联席会议, every 1–2 weeks) and the
 * Party–masses joint meeting (党群联席会议, at least quarterly) whose six steps run on the core's
 * procedure engine under the definition this module seeds.
 */
@Component(service = JointMeetings.class)
public class JointMeetings {
    public static final String PROCEDURE_KEY = "xingning-party-masses-joint-meeting";
    static final String SUBJECT_TYPE = "JOINT_MEETING";
    static final Set<String> SORTABLE = Set.of("id", "heldOn", "jurisdictionCode", "kind");
    private static final Map<String, String> SORT = Map.of("id", "m.id", "heldOn", "m.heldOn", "jurisdictionCode", "m.jurisdictionCode", "kind",
            "m.kind");

    static final Map<MeetingKind, Set<AttendeeCategory>> CATEGORIES = Map.of(
            MeetingKind.LEADERSHIP, EnumSet.of(AttendeeCategory.PARTY_ORGANIZATION_LEADERSHIP, AttendeeCategory.AUTONOMY_ORGANIZATION_LEADERSHIP,
                    AttendeeCategory.COLLECTIVE_ECONOMY_LEADERSHIP),
            MeetingKind.PARTY_MASSES, EnumSet.of(AttendeeCategory.PARTY_MEMBERS, AttendeeCategory.RESIDENT_REPRESENTATIVES,
                    AttendeeCategory.COLLECTIVE_ECONOMY_REPRESENTATIVES, AttendeeCategory.MIGRANT_WORKER_REPRESENTATIVES,
                    AttendeeCategory.SUPERVISION_COMMITTEE));
    /** Who must be there: the Party organization convenes its own leadership; members and residents' representatives decide together. */
    static final Map<MeetingKind, Set<AttendeeCategory>> REQUIRED = Map.of(
            MeetingKind.LEADERSHIP, EnumSet.of(AttendeeCategory.PARTY_ORGANIZATION_LEADERSHIP, AttendeeCategory.AUTONOMY_ORGANIZATION_LEADERSHIP),
            MeetingKind.PARTY_MASSES, EnumSet.of(AttendeeCategory.PARTY_MEMBERS, AttendeeCategory.RESIDENT_REPRESENTATIVES));

    /** 提议 → 商议 → 审议 → 决议 → 决议公开 → 实施结果公开. */
    static final ProcedureDefinition DEFINITION = new ProcedureDefinition(null, PROCEDURE_KEY, null, "兴宁市党群联席会议", CongressStore.MODULE_ID, List.of(
            new StepDefinition("proposal", "提议", "党组织提议", List.of(), "party-branch", null),
            new StepDefinition("deliberation", "商议", "班子商议记录", List.of(), "village-leadership", null),
            new StepDefinition("review", "审议", "联席会议审议记录", List.of(), "joint-meeting", null),
            new StepDefinition("resolution", "决议", "决议", List.of(), "joint-meeting", null),
            new StepDefinition("resolution-published", "决议公开", "公开记录", List.of(), "village-committee", 7),
            new StepDefinition("results-published", "实施结果公开", "结果公开记录", List.of(), "village-committee", 90)), null);

    public record NewMeeting(String jurisdictionCode, MeetingKind kind, LocalDate heldOn, String topic, String convener,
            Map<AttendeeCategory, Integer> attendees, String decisions) {
    }

    public record Step(String role, String record, List<String> attachments, LocalDate completedOn, Long version) {
    }

    private final CongressStore store;
    private final ProcedureService procedures;
    private final Delegates places;

    @Activate
    public JointMeetings(@Reference CongressStore store, @Reference ProcedureService procedures, @Reference Delegates places) {
        this.store = store;
        this.procedures = procedures;
        this.places = places;
        procedures.define(DEFINITION);
    }

    public Views.JointMeeting record(String code, NewMeeting in) {
        Validator v = new Validator().require("jurisdictionCode", in.jurisdictionCode()).require("kind", in.kind()).require("heldOn", in.heldOn())
                .require("topic", in.topic()).require("convener", in.convener()).require("attendees", in.attendees())
                .maxLength("topic", in.topic(), 300).maxLength("convener", in.convener(), 100).maxLength("decisions", in.decisions(), 4000);
        if (in.kind() != null && in.attendees() != null) {
            for (Map.Entry<AttendeeCategory, Integer> e : in.attendees().entrySet()) {
                String f = "attendees." + e.getKey();
                v.check(CATEGORIES.get(in.kind()).contains(e.getKey()), f, "does not attend a " + in.kind() + " joint meeting");
                v.check(e.getValue() != null && e.getValue() >= 0, f, "must be 0 or more");
            }
            for (AttendeeCategory required : REQUIRED.get(in.kind())) {
                Integer n = in.attendees().get(required);
                v.check(n != null && n > 0, "attendees." + required, "is required for a " + in.kind() + " joint meeting");
            }
        }
        v.throwIfInvalid();
        Jurisdiction village = village(code, in.jurisdictionCode());
        JointMeetingEntity saved = store.tx().write(em -> {
            JointMeetingEntity m = new JointMeetingEntity();
            m.jurisdictionCode = village.code();
            m.kind = in.kind();
            m.heldOn = in.heldOn();
            m.topic = in.topic();
            m.convener = in.convener();
            m.decisions = in.decisions();
            m.createdBy = CongressStore.caller();
            m.attendees = new EnumMap<>(in.attendees());
            em.persist(m);
            return m;
        });
        if (in.kind() == MeetingKind.PARTY_MASSES) {
            // The procedure starts with the Party organization's proposal, which comes before the meeting day.
            LocalDate today = LocalDate.now();
            ProcedureInstance started = procedures.start(PROCEDURE_KEY, SUBJECT_TYPE, String.valueOf(saved.id), village.code(),
                    village.name() + ": " + in.topic(), CongressStore.caller(), in.heldOn().isAfter(today) ? today : in.heldOn());
            store.tx().run(em -> em.find(JointMeetingEntity.class, saved.id).procedureInstanceId = started.id());
        }
        return get(code, saved.id);
    }

    /** Completes the Party–masses meeting's current step on the procedure engine (skips refused there). */
    public Views.JointMeeting completeStep(String code, long id, String stepKey, Step in) {
        new Validator().require("record", in.record()).require("version", in.version()).throwIfInvalid();
        JointMeetingEntity m = store.tx().read(em -> load(em, code, id));
        if (m.procedureInstanceId == null) {
            throw new RuleViolationException("no-procedure", "A " + m.kind + " joint meeting has no six-step procedure");
        }
        procedures.completeStep(m.procedureInstanceId, stepKey, new StepCompletion(CongressStore.caller(), in.role(), in.record(),
                in.attachments() == null ? List.of() : in.attachments(), in.completedOn(), in.version()));
        return get(code, id);
    }

    public Views.JointMeeting get(String code, long id) {
        JointMeetingEntity m = store.tx().read(em -> {
            JointMeetingEntity e = load(em, code, id);
            e.attendees.size();
            return e;
        });
        return view(m, m.procedureInstanceId == null ? null : procedures.get(m.procedureInstanceId));
    }

    public Page<Views.JointMeeting> list(String code, MeetingKind kind, LocalDate from, LocalDate to, PageRequest page) {
        List<String> villages = places.codesOf(code, JurisdictionLevel.VILLAGE);
        Page<JointMeetingEntity> rows = store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("JointMeetingEntity", "m").where("m.jurisdictionCode IN :v", "v", CongressStore.nonEmpty(villages))
                    .where("m.kind = :k", "k", kind).where("m.heldOn >= :from", "from", from).where("m.heldOn <= :to", "to", to);
            Page<JointMeetingEntity> p = q.page(em, JointMeetingEntity.class, page.withDefaultOrder(new PageRequest.Order("heldOn", false)), SORT);
            p.items().forEach(m -> m.attendees.size());
            return p;
        });
        List<Views.JointMeeting> items = new ArrayList<>();
        rows.items().forEach(m -> items.add(view(m, m.procedureInstanceId == null ? null : procedures.get(m.procedureInstanceId))));
        return new Page<>(items, rows.page(), rows.size(), rows.total());
    }

    /** Villages and communities of the subtree whose last joint meeting of the kind is too long ago (or that never held one). */
    public List<Views.MeetingDue> overdue(String code, MeetingKind kind, LocalDate asOf) {
        new Validator().require("kind", kind).throwIfInvalid();
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        int maxDays = kind == MeetingKind.LEADERSHIP ? store.config().leadershipMeetingDays() : store.config().partyMassesMeetingDays();
        List<Jurisdiction> villages = places.jurisdictionsOf(code, JurisdictionLevel.VILLAGE);
        Map<String, LocalDate> last = new HashMap<>();
        store.tx().read(em -> {
            for (Object[] row : em.createQuery("SELECT m.jurisdictionCode, MAX(m.heldOn) FROM JointMeetingEntity m WHERE m.kind = :k"
                    + " AND m.heldOn <= :d GROUP BY m.jurisdictionCode", Object[].class).setParameter("k", kind).setParameter("d", day)
                    .getResultList()) {
                last.put((String) row[0], (LocalDate) row[1]);
            }
            return null;
        });
        List<Views.MeetingDue> result = new ArrayList<>();
        for (Jurisdiction v : villages) {
            LocalDate held = last.get(v.code());
            if (Cadence.overdue(held, day, maxDays)) {
                result.add(new Views.MeetingDue(v.code(), v.name(), kind, held, held == null ? null : ChronoUnit.DAYS.between(held, day),
                        maxDays));
            }
        }
        return result;
    }

    private Jurisdiction village(String code, String villageCode) {
        Jurisdiction j = store.jurisdictions().find(villageCode).orElseThrow(() -> new NotFoundException("Jurisdiction", villageCode));
        if (!store.jurisdictions().isWithin(j.code(), code)) {
            throw new NotFoundException("Jurisdiction " + villageCode + " not found in jurisdiction '" + code + "'");
        }
        if (j.level() != JurisdictionLevel.VILLAGE) {
            throw new ValidationException("jurisdictionCode", villageCode + " is not a village or community");
        }
        return j;
    }

    private JointMeetingEntity load(EntityManager em, String code, long id) {
        return store.load(em, JointMeetingEntity.class, id, "Joint meeting", code, m -> m.jurisdictionCode);
    }

    private static Views.JointMeeting view(JointMeetingEntity m, ProcedureInstance procedure) {
        Map<AttendeeCategory, Integer> attendees = new EnumMap<>(AttendeeCategory.class);
        attendees.putAll(m.attendees);
        int total = attendees.values().stream().mapToInt(Integer::intValue).sum();
        return new Views.JointMeeting(m.id, m.jurisdictionCode, m.kind, m.heldOn, m.topic, m.convener, attendees, total, m.decisions, m.createdBy,
                procedure, m.version);
    }
}
