package org.jiceng.module.shunyi.meetings.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The county's meeting plan (统筹安排全年会议计划) and the meetings held with their minutes. */
@Component(service = Meetings.class)
public class Meetings {
    static final Set<String> SORTABLE = Set.of("id", "plannedOn");
    private static final Map<String, String> SORT = Map.of("id", "m.id", "plannedOn", "m.plannedOn");

    private final Store store;

    @Activate
    public Meetings(@Reference Store store) {
        this.store = store;
    }

    /** Body of POST /meetings. */
    public static class NewMeeting {
        public MeetingKind kind;
        public String subject;
        public LocalDate plannedOn;
    }

    /** Body of PUT /meetings/{meetingId}/minutes. */
    public static class Minutes {
        public LocalDate heldOn;
        public String chairedBy;
        public Integer attendees;
        public String minutes;
        public Long version;
    }

    /** Plans a meeting of the year (the year of its day), numbered after the year's others of its kind. */
    public MeetingView plan(String code, NewMeeting in) {
        new Validator().require("kind", in.kind).require("subject", in.subject).maxLength("subject", in.subject, 300)
                .require("plannedOn", in.plannedOn)
                .throwIfInvalid();
        String county = store.countyWriting(code);
        MeetingEntity created = store.tx().write(em -> {
            int year = in.plannedOn.getYear();
            Integer last = em
                    .createQuery("SELECT MAX(m.seq) FROM MeetingEntity m WHERE m.countyCode = :c AND m.year = :y AND m.kind = :k", Integer.class)
                    .setParameter("c", county).setParameter("y", year).setParameter("k", in.kind).getSingleResult();
            MeetingEntity m = new MeetingEntity();
            m.countyCode = county;
            m.kind = in.kind;
            m.year = year;
            m.seq = last == null ? 1 : last + 1;
            m.subject = in.subject.trim();
            m.plannedOn = in.plannedOn;
            m.state = MeetingState.PLANNED;
            em.persist(m);
            return m;
        });
        return created.toView();
    }

    /** Records the meeting held, with its minutes; 422 meeting-already-held. */
    public MeetingView hold(String code, long id, Minutes in) {
        long expected = Validator.requiredVersion(in.version);
        LocalDate today = store.today();
        new Validator().require("heldOn", in.heldOn).check(in.heldOn == null || !in.heldOn.isAfter(today), "heldOn", "must not be in the future")
                .require("chairedBy", in.chairedBy).maxLength("chairedBy", in.chairedBy, 50).require("attendees", in.attendees)
                .range("attendees", in.attendees, 1, 500).require("minutes", in.minutes).maxLength("minutes", in.minutes, 4000).throwIfInvalid();
        MeetingEntity held = store.tx().write(em -> {
            MeetingEntity m = load(em, code, id);
            ConflictException.requireVersion("Meeting", id, m.version, expected);
            MeetingRules.requirePlanned(id, m.state);
            if (in.heldOn.getYear() != m.year) {
                throw new ValidationException("heldOn", "must lie in the plan's year (" + m.year + ")");
            }
            m.state = MeetingState.HELD;
            m.heldOn = in.heldOn;
            m.chairedBy = in.chairedBy.trim();
            m.attendees = in.attendees;
            m.minutes = in.minutes.trim();
            m.recordedBy = Store.caller();
            return m;
        });
        return held.toView();
    }

    public MeetingView get(String code, long id) {
        return store.tx().read(em -> load(em, code, id).toView());
    }

    /** The plans of the counties in the subtree for a year (without one, every year), by kind and state, by day. */
    public Page<MeetingView> list(String code, Integer year, MeetingKind kind, MeetingState state, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("MeetingEntity", "m").where("m.countyCode IN :c", "c", codes).where("m.year = :y", "y", year)
                    .where("m.kind = :k", "k", kind).where("m.state = :s", "s", state);
            Page<MeetingEntity> rows = q.page(em, MeetingEntity.class, page.withDefaultOrder(new PageRequest.Order("plannedOn", true)), SORT);
            return new Page<>(rows.items().stream().map(MeetingEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** A meeting of a county in the subtree of {@code code}. */
    MeetingEntity load(EntityManager em, String code, long id) {
        return store.find(em, MeetingEntity.class, id, "Meeting", code, m -> m.countyCode);
    }
}
