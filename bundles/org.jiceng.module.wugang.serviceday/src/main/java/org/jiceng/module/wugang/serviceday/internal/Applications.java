package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Residents' applications, end to end: received on a service day with the deadline its matter type
 * promises, an agent among the village's cadres (全程代办), the township's 一站通 hall where the
 * village cannot decide, progress notes, the result and the resident's rating.
 */
@Component(service = Applications.class)
public class Applications {
    static final Set<String> SORTABLE = Set.of("id", "receivedOn", "deadline", "villageCode");
    private static final Map<String, String> SORT = Map.of("id", "a.id", "receivedOn", "a.receivedOn", "deadline", "a.deadline", "villageCode",
            "a.villageCode");
    static final String HALL = "一站通便民服务大厅";

    private final Store store;
    private final Sessions sessions;
    private final VillageCadres cadres;
    private final Catalogue catalogue;
    private final JurisdictionService jurisdictions;

    @Activate
    public Applications(@Reference Store store, @Reference Sessions sessions, @Reference VillageCadres cadres, @Reference Catalogue catalogue,
            @Reference JurisdictionService jurisdictions) {
        this.store = store;
        this.sessions = sessions;
        this.cadres = cadres;
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
    }

    /** Body of POST /applications. */
    public static class NewApplication {
        public String villageCode;
        public LocalDate receivedOn;
        public String residentName;
        public String residentContact;
        public MatterType matterType;
        public String matter;
    }

    /** Body of PUT /applications/{id}/result. */
    public static class Result {
        public Outcome outcome;
        public LocalDate decidedOn;
        /** Required to refuse: what the resident is told. */
        public String reason;
        /** Required to forward: the department the matter went to. */
        public String forwardedTo;
        public Long version;
    }

    /** Receives an application on the village's service day of {@code receivedOn}. */
    public ApplicationView receive(String code, NewApplication in) {
        LocalDate today = store.today();
        new Validator().require("villageCode", in.villageCode).require("receivedOn", in.receivedOn).require("residentName", in.residentName)
                .maxLength("residentName", in.residentName, 50).maxLength("residentContact", in.residentContact, 30)
                .require("matterType", in.matterType).require("matter", in.matter).maxLength("matter", in.matter, 500)
                .check(in.receivedOn == null || !in.receivedOn.isAfter(today), "receivedOn", "must not be in the future").throwIfInvalid();
        Jurisdiction village = sessions.village(code, in.villageCode);
        int days = catalogue.promisedDays(in.matterType);
        ApplicationEntity saved = store.tx().write(em -> {
            SessionEntity s = Sessions.sessionOn(em, village.code(), in.receivedOn);
            ServiceDayRules.requireSession(s != null, village.code(), in.receivedOn);
            ServiceDayRules.requireOpenSession(s.id, s.closedOn);
            ApplicationEntity a = new ApplicationEntity();
            a.sessionId = s.id;
            a.villageCode = s.villageCode;
            a.townshipCode = s.townshipCode;
            a.receivedOn = in.receivedOn;
            a.residentName = in.residentName.trim();
            a.residentContact = in.residentContact == null || in.residentContact.isBlank() ? null : in.residentContact.trim();
            a.matterType = in.matterType;
            a.matter = in.matter.trim();
            a.promisedDays = days;
            a.deadline = ServiceDayRules.deadline(in.receivedOn, days);
            a.receivedBy = Store.caller();
            em.persist(a);
            return a;
        });
        return saved.toView(today, false);
    }

    /** Names the cadre acting as agent (or hands the application to another one while it is undecided). */
    public ApplicationView assignAgent(String code, long id, Long memberId, LocalDate assignedOn, Long version) {
        LocalDate today = store.today();
        long expected = Validator.requiredVersion(version);
        new Validator().require("memberId", memberId).require("assignedOn", assignedOn)
                .check(assignedOn == null || !assignedOn.isAfter(today), "assignedOn", "must not be in the future").throwIfInvalid();
        // Stale versions and decided applications are refused before the cadre is looked up in the core.
        String village = store.tx().read(em -> change(em, code, id, expected).villageCode);
        VillageCadres.Cadre c = cadres.read(memberId, assignedOn);
        DutyRole role = cadres.requireAgent(village, assignedOn, c);
        return store.tx().write(em -> {
            ApplicationEntity a = change(em, code, id, expected);
            notBefore("assignedOn", assignedOn, a.receivedOn, "the application was received");
            a.agentMemberId = memberId;
            a.agentName = c.name();
            a.agentRole = role;
            a.assignedOn = assignedOn;
            return a;
        }).toView(today, false);
    }

    /** The agent takes the application to the township's 一站通 hall (部门职能和服务窗口向基层下移); it stays the agent's to follow. */
    public ApplicationView forwardToHall(String code, long id, LocalDate forwardedOn, String hall, Long version) {
        LocalDate today = store.today();
        long expected = Validator.requiredVersion(version);
        new Validator().require("forwardedOn", forwardedOn).maxLength("hall", hall, 200)
                .check(forwardedOn == null || !forwardedOn.isAfter(today), "forwardedOn", "must not be in the future").throwIfInvalid();
        return store.tx().write(em -> {
            ApplicationEntity a = change(em, code, id, expected);
            ServiceDayRules.requireAgentAssigned(id, a.agentMemberId, "taking it to the township hall");
            ServiceDayRules.requireNotAtHall(id, a.hallForwardedOn);
            notBefore("forwardedOn", forwardedOn, a.assignedOn, "the agent was assigned");
            a.hallForwardedOn = forwardedOn;
            a.hallName = hall == null || hall.isBlank() ? townshipName(a.townshipCode) + HALL : hall.trim();
            return a;
        }).toView(today, false);
    }

    /** A progress note of the agent (the trail of 全程代办). */
    public ProgressView note(String code, long id, LocalDate notedOn, String note) {
        LocalDate today = store.today();
        new Validator().require("notedOn", notedOn).require("note", note).maxLength("note", note, 1000)
                .check(notedOn == null || !notedOn.isAfter(today), "notedOn", "must not be in the future").throwIfInvalid();
        return store.tx().write(em -> {
            ApplicationEntity a = load(em, code, id);
            ServiceDayRules.requireAgentAssigned(id, a.agentMemberId, "noting progress");
            ServiceDayRules.requireUndecided(id, a.outcome);
            notBefore("notedOn", notedOn, a.assignedOn, "the agent was assigned");
            ProgressEntity p = new ProgressEntity();
            p.applicationId = id;
            p.notedOn = notedOn;
            p.note = note.trim();
            p.notedBy = Store.caller();
            em.persist(p);
            return p;
        }).toView();
    }

    /** The result: done, refused with the reason, or forwarded to the competent department. */
    public ApplicationView decide(String code, long id, Result in) {
        LocalDate today = store.today();
        long expected = Validator.requiredVersion(in.version);
        new Validator().require("outcome", in.outcome).require("decidedOn", in.decidedOn).maxLength("reason", in.reason, 1000)
                .maxLength("forwardedTo", in.forwardedTo, 1000)
                .check(in.outcome != Outcome.REFUSED || in.reason != null && !in.reason.isBlank(), "reason", "is required to refuse")
                .check(in.outcome != Outcome.FORWARDED || in.forwardedTo != null && !in.forwardedTo.isBlank(), "forwardedTo",
                        "is required to forward")
                .check(in.decidedOn == null || !in.decidedOn.isAfter(today), "decidedOn", "must not be in the future").throwIfInvalid();
        return store.tx().write(em -> {
            ApplicationEntity a = change(em, code, id, expected);
            ServiceDayRules.requireAgentAssigned(id, a.agentMemberId, "recording a result");
            notBefore("decidedOn", in.decidedOn, a.assignedOn, "the agent was assigned");
            a.outcome = in.outcome;
            a.decidedOn = in.decidedOn;
            a.outcomeNote = switch (in.outcome) {
                case REFUSED -> in.reason.trim();
                case FORWARDED -> in.forwardedTo.trim();
                case DONE -> in.reason == null || in.reason.isBlank() ? null : in.reason.trim();
            };
            return a;
        }).toView(today, false);
    }

    /** The resident's rating, after the result and once. */
    public ApplicationView rate(String code, long id, Satisfaction satisfaction, LocalDate ratedOn, Long version) {
        LocalDate today = store.today();
        long expected = Validator.requiredVersion(version);
        new Validator().require("satisfaction", satisfaction).require("ratedOn", ratedOn)
                .check(ratedOn == null || !ratedOn.isAfter(today), "ratedOn", "must not be in the future").throwIfInvalid();
        return store.tx().write(em -> {
            ApplicationEntity a = load(em, code, id);
            ConflictException.requireVersion("Application", id, a.version, expected);
            ServiceDayRules.requireRatable(id, a.outcome, a.satisfaction);
            notBefore("ratedOn", ratedOn, a.decidedOn, "the result");
            a.satisfaction = satisfaction;
            a.ratedOn = ratedOn;
            return a;
        }).toView(today, false);
    }

    /** One application in full (the resident unmasked, for the agent), with its progress notes. */
    public ApplicationView get(String code, long id) {
        LocalDate today = store.today();
        return store.tx().read(em -> {
            ApplicationView v = load(em, code, id).toView(today, false);
            v.progress = em.createQuery("SELECT p FROM ProgressEntity p WHERE p.applicationId = :a ORDER BY p.notedOn, p.id", ProgressEntity.class)
                    .setParameter("a", id).getResultList().stream().map(ProgressEntity::toView).toList();
            return v;
        });
    }

    /**
     * Applications of the subtree, residents masked; filters by village, service day, matter type and
     * {@code state}: {@code unassigned}, {@code open} (undecided), {@code overdue} (undecided past the deadline) or {@code decided}.
     */
    public Page<ApplicationView> list(String code, String villageCode, Long sessionId, MatterType type, String state, PageRequest page) {
        LocalDate today = store.today();
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("ApplicationEntity", "a").where("a.villageCode IN :codes", "codes", codes)
                    .where("a.villageCode = :village", "village", villageCode).where("a.sessionId = :session", "session", sessionId)
                    .where("a.matterType = :type", "type", type);
            if (state != null && !state.isBlank()) {
                switch (state.trim()) {
                    case "unassigned" -> q.where("a.agentMemberId IS NULL");
                    case "open" -> q.where("a.outcome IS NULL");
                    case "overdue" -> q.where("a.outcome IS NULL").where("a.deadline < :today", "today", today);
                    case "decided" -> q.where("a.outcome IS NOT NULL");
                    default -> throw new ValidationException("state", "must be unassigned, open, overdue or decided");
                }
            }
            Page<ApplicationEntity> rows = q.page(em, ApplicationEntity.class, page.withDefaultOrder(new PageRequest.Order("receivedOn", false)),
                    SORT);
            List<ApplicationView> items = new ArrayList<>();
            rows.items().forEach(a -> items.add(a.toView(today, true)));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    /** Undecided applications of the subtree due on or before {@code until}, soonest deadline first, residents masked (the inbox). */
    List<ApplicationView> dueBy(String code, LocalDate until, int limit) {
        LocalDate today = store.today();
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> em.createQuery(
                "SELECT a FROM ApplicationEntity a WHERE a.villageCode IN :codes AND a.outcome IS NULL AND a.deadline <= :until ORDER BY a.deadline, a.id",
                ApplicationEntity.class).setParameter("codes", codes).setParameter("until", until).setMaxResults(limit).getResultList().stream()
                .map(a -> a.toView(today, true)).toList());
    }

    /** Every application of the subtree received in a period (figures, the ledger), residents masked. */
    List<ApplicationView> receivedIn(String code, LocalDate from, LocalDate to) {
        LocalDate today = store.today();
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> em.createQuery(
                "SELECT a FROM ApplicationEntity a WHERE a.villageCode IN :codes AND a.receivedOn >= :from AND a.receivedOn <= :to ORDER BY a.receivedOn, a.id",
                ApplicationEntity.class).setParameter("codes", codes).setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(a -> a.toView(today, true)).toList());
    }

    private ApplicationEntity load(EntityManager em, String code, long id) {
        return store.find(em, ApplicationEntity.class, id, "Application", code, a -> a.villageCode);
    }

    /** An undecided application at the version the caller read. */
    private ApplicationEntity change(EntityManager em, String code, long id, long version) {
        ApplicationEntity a = load(em, code, id);
        ConflictException.requireVersion("Application", id, a.version, version);
        ServiceDayRules.requireUndecided(id, a.outcome);
        return a;
    }

    private String townshipName(String townshipCode) {
        return jurisdictions.find(townshipCode).map(Jurisdiction::name).orElse("乡镇");
    }

    private static void notBefore(String field, LocalDate date, LocalDate earliest, String what) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new ValidationException(field, "must not be before " + what + " (" + earliest + ")");
        }
    }
}
