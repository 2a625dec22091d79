package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Service days: held on a Monday at the village venue with the cadres on duty, closed once every application has an agent. */
@Component(service = Sessions.class)
public class Sessions {
    static final String DEFAULT_VENUE = "村级组织活动场所";
    static final Set<String> SORTABLE = Set.of("id", "heldOn", "villageCode");
    private static final Map<String, String> SORT = Map.of("id", "s.id", "heldOn", "s.heldOn", "villageCode", "s.villageCode");

    private final Store store;
    private final VillageCadres cadres;
    private final JurisdictionService jurisdictions;

    @Activate
    public Sessions(@Reference Store store, @Reference VillageCadres cadres, @Reference JurisdictionService jurisdictions) {
        this.store = store;
        this.cadres = cadres;
        this.jurisdictions = jurisdictions;
    }

    /** Body of POST /sessions. */
    public static class NewSession {
        public String villageCode;
        public LocalDate heldOn;
        public String venue;
        public List<Long> dutyMemberIds;
        public String note;
    }

    /** Records a service day held in a village of the subtree, with the cadres who sat on it. */
    public SessionView open(String code, NewSession in) {
        LocalDate today = store.today();
        Validator v = new Validator().require("villageCode", in.villageCode).require("heldOn", in.heldOn).maxLength("venue", in.venue, 200)
                .maxLength("note", in.note, 1000);
        v.check(in.dutyMemberIds != null && !in.dutyMemberIds.isEmpty(), "dutyMemberIds", "name the cadres on duty");
        v.check(in.dutyMemberIds == null || in.dutyMemberIds.size() <= 20, "dutyMemberIds", "must be at most 20");
        v.check(in.dutyMemberIds == null || in.dutyMemberIds.stream().allMatch(id -> id != null), "dutyMemberIds", "must not contain null");
        v.check(in.heldOn == null || !in.heldOn.isAfter(today), "heldOn", "must not be in the future");
        v.throwIfInvalid();
        Jurisdiction village = village(code, in.villageCode);
        ServiceDayRules.requireMonday(in.heldOn);
        List<DutyEntity> duty = new ArrayList<>();
        for (Long memberId : new LinkedHashSet<>(in.dutyMemberIds)) {
            VillageCadres.Cadre c = cadres.read(memberId, in.heldOn);
            DutyEntity d = new DutyEntity();
            d.memberId = memberId;
            d.memberName = c.name();
            d.role = cadres.requireDuty(village.code(), in.heldOn, c);
            duty.add(d);
        }
        long id = store.tx().write(em -> {
            if (sessionOn(em, village.code(), in.heldOn) != null) {
                throw new ConflictException("Village " + village.code() + " already has its service day of " + in.heldOn);
            }
            SessionEntity s = new SessionEntity();
            s.villageCode = village.code();
            s.townshipCode = village.parentCode();
            s.heldOn = in.heldOn;
            s.venue = in.venue == null || in.venue.isBlank() ? DEFAULT_VENUE : in.venue.trim();
            s.note = in.note;
            s.openedBy = Store.caller();
            em.persist(s);
            em.flush();
            for (DutyEntity d : duty) {
                d.sessionId = s.id;
                em.persist(d);
            }
            return s.id;
        });
        return get(code, id);
    }

    /** Closes the day once every application it received has an agent. */
    public SessionView close(String code, long sessionId, LocalDate closedOn, long version) {
        LocalDate today = store.today();
        store.tx().run(em -> {
            SessionEntity s = load(em, code, sessionId);
            ConflictException.requireVersion("Service day", sessionId, s.version, version);
            LocalDate on = closedOn == null ? s.heldOn : closedOn;
            new Validator().check(!on.isBefore(s.heldOn), "closedOn", "must not be before the service day (" + s.heldOn + ")")
                    .check(!on.isAfter(today), "closedOn", "must not be in the future").throwIfInvalid();
            ServiceDayRules.requireOpenSession(sessionId, s.closedOn);
            ServiceDayRules.requireAllAssigned(sessionId, count(em, sessionId, true));
            s.closedOn = on;
            s.closedBy = Store.caller();
        });
        return get(code, sessionId);
    }

    public SessionView get(String code, long sessionId) {
        return store.tx().read(em -> view(em, load(em, code, sessionId), new HashMap<>()));
    }

    /** Service days of the subtree, optionally of one village, a period and open or closed ones; the latest first by default. */
    public Page<SessionView> list(String code, String villageCode, LocalDate from, LocalDate to, Boolean closed, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("SessionEntity", "s").where("s.villageCode IN :codes", "codes", codes)
                    .where("s.villageCode = :village", "village", villageCode).where("s.heldOn >= :from", "from", from)
                    .where("s.heldOn <= :to", "to", to);
            if (closed != null) {
                q.where(closed ? "s.closedOn IS NOT NULL" : "s.closedOn IS NULL");
            }
            Page<SessionEntity> rows = q.page(em, SessionEntity.class, page.withDefaultOrder(new PageRequest.Order("heldOn", false)), SORT);
            Map<String, String> names = new HashMap<>();
            List<SessionView> items = new ArrayList<>();
            rows.items().forEach(s -> items.add(view(em, s, names)));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    /** Every service day of a village in a period, oldest first, for its ledger. */
    List<SessionView> ofVillage(String code, String villageCode, LocalDate from, LocalDate to) {
        village(code, villageCode);
        return store.tx().read(em -> {
            Map<String, String> names = new HashMap<>();
            List<SessionView> out = new ArrayList<>();
            em.createQuery("SELECT s FROM SessionEntity s WHERE s.villageCode = :v AND s.heldOn >= :from AND s.heldOn <= :to ORDER BY s.heldOn",
                    SessionEntity.class).setParameter("v", villageCode).setParameter("from", from).setParameter("to", to).getResultList()
                    .forEach(s -> out.add(view(em, s, names)));
            return out;
        });
    }

    /** True when the module holds any service day of the village (demo data is loaded once per village). */
    boolean anyIn(String villageCode) {
        return store.tx().read(em -> !em.createQuery("SELECT s.id FROM SessionEntity s WHERE s.villageCode = :v", Long.class)
                .setParameter("v", villageCode).setMaxResults(1).getResultList().isEmpty());
    }

    /** The village's service day of a date, or null. */
    static SessionEntity sessionOn(EntityManager em, String villageCode, LocalDate day) {
        List<SessionEntity> found = em.createQuery("SELECT s FROM SessionEntity s WHERE s.villageCode = :v AND s.heldOn = :d", SessionEntity.class)
                .setParameter("v", villageCode).setParameter("d", day).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** A village of the subtree: 404 outside it, 422 when the code is not a village. */
    Jurisdiction village(String code, String villageCode) {
        Jurisdiction j = jurisdictions.find(villageCode).filter(x -> jurisdictions.isWithin(x.code(), code))
                .orElseThrow(() -> new NotFoundException("Jurisdiction", villageCode));
        ServiceDayRules.requireVillage(villageCode, j.level());
        return j;
    }

    private SessionEntity load(EntityManager em, String code, long sessionId) {
        return store.find(em, SessionEntity.class, sessionId, "Service day", code, s -> s.villageCode);
    }

    private static long count(EntityManager em, long sessionId, boolean unassignedOnly) {
        return em.createQuery(
                "SELECT COUNT(a) FROM ApplicationEntity a WHERE a.sessionId = :s" + (unassignedOnly ? " AND a.agentMemberId IS NULL" : ""),
                Long.class).setParameter("s", sessionId).getSingleResult();
    }

    private SessionView view(EntityManager em, SessionEntity s, Map<String, String> names) {
        SessionView v = new SessionView();
        v.id = s.id;
        v.villageCode = s.villageCode;
        v.villageName = names.computeIfAbsent(s.villageCode, c -> jurisdictions.nameOf(c));
        v.townshipCode = s.townshipCode;
        v.heldOn = s.heldOn;
        v.venue = s.venue;
        v.note = s.note;
        v.openedBy = s.openedBy;
        v.closedOn = s.closedOn;
        v.closedBy = s.closedBy;
        v.closed = s.closedOn != null;
        v.duty = em.createQuery("SELECT d FROM DutyEntity d WHERE d.sessionId = :s ORDER BY d.id", DutyEntity.class).setParameter("s", s.id)
                .getResultList().stream().map(DutyEntity::toView).toList();
        v.applications = count(em, s.id, false);
        v.unassigned = count(em, s.id, true);
        v.version = s.version;
        return v;
    }
}
