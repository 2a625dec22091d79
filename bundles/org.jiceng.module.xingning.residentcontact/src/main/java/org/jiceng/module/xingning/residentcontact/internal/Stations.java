package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Town cadres stationed in villages (驻点): a member of the core's registry registered in the village's town, from a day until ended. */
@Component(service = Stations.class)
public class Stations {
    static final Set<String> SORTABLE = Set.of("id", "villageCode", "startedOn");
    private static final Map<String, String> SORT = Map.of("id", "s.id", "villageCode", "s.villageCode", "startedOn", "s.startedOn");

    private final Store store;
    private final Villages villages;
    private final MemberService members;

    @Activate
    public Stations(@Reference Store store, @Reference Villages villages, @Reference MemberService members) {
        this.store = store;
        this.villages = villages;
        this.members = members;
    }

    /** Body of POST /stations. */
    public static class NewStation {
        public String villageCode;
        public Long memberId;
        public LocalDate startedOn;
    }

    /** Body of PUT /stations/{stationId}/end. */
    public static class End {
        public LocalDate endedOn;
        public Long version;
    }

    /** Stations a town cadre in a village: 422 cadre-not-of-town, cadre-already-stationed (there, still). */
    public StationView station(String scope, NewStation in) {
        LocalDate today = store.today();
        new Validator().require("villageCode", in.villageCode).require("memberId", in.memberId).require("startedOn", in.startedOn)
                .check(in.startedOn == null || !in.startedOn.isAfter(today), "startedOn", "must not be in the future").throwIfInvalid();
        Villages.Place village = villages.place(scope, "villageCode", in.villageCode);
        Member m = member(in.memberId);
        ContactRules.requireTownCadre(m.id(), m.jurisdictionCode(), village.townCode());
        StationEntity saved = store.tx().write(em -> {
            long open = em
                    .createQuery("SELECT COUNT(s) FROM StationEntity s WHERE s.villageCode = :v AND s.memberId = :m AND s.endedOn IS NULL",
                            Long.class)
                    .setParameter("v", village.code()).setParameter("m", m.id()).getSingleResult();
            if (open > 0) {
                throw new RuleViolationException(ContactRules.RULE_ALREADY_STATIONED,
                        "Member " + m.id() + " is already stationed in " + village.code());
            }
            StationEntity s = new StationEntity();
            s.villageCode = village.code();
            s.townCode = village.townCode();
            s.memberId = m.id();
            s.memberName = m.name();
            s.startedOn = in.startedOn;
            em.persist(s);
            return s;
        });
        return view(saved);
    }

    /** Ends a stationing (422 stationing-ended when it has). */
    public StationView end(String scope, long id, End in) {
        LocalDate today = store.today();
        long expected = Validator.requiredVersion(in.version);
        new Validator().require("endedOn", in.endedOn).check(in.endedOn == null || !in.endedOn.isAfter(today), "endedOn", "must not be in the future")
                .throwIfInvalid();
        return view(store.tx().write(em -> {
            StationEntity s = load(em, scope, id);
            ConflictException.requireVersion("Stationing", id, s.version, expected);
            if (s.endedOn != null) {
                throw new RuleViolationException(ContactRules.RULE_STATION_ENDED, "Stationing " + id + " ended on " + s.endedOn);
            }
            if (in.endedOn.isBefore(s.startedOn)) {
                throw new ValidationException("endedOn", "must not be before the stationing started (" + s.startedOn + ")");
            }
            // the cadre's visits there stay covered by the stationing they were made under
            LocalDate lastVisit = em
                    .createQuery("SELECT MAX(v.visitedOn) FROM VisitEntity v WHERE v.villageCode = :c AND v.memberId = :m AND v.visitedOn >= :from",
                            LocalDate.class)
                    .setParameter("c", s.villageCode).setParameter("m", s.memberId).setParameter("from", s.startedOn).getSingleResult();
            if (lastVisit != null && in.endedOn.isBefore(lastVisit)) {
                throw new ValidationException("endedOn", "must not be before the cadre's last visit there (" + lastVisit + ")");
            }
            s.endedOn = in.endedOn;
            return s;
        }));
    }

    public StationView get(String scope, long id) {
        return view(store.tx().read(em -> load(em, scope, id)));
    }

    /** Stationings of the subtree, by village, town, cadre and whether still running. */
    public Page<StationView> list(String scope, String village, String town, Long memberId, Boolean active, PageRequest page) {
        List<String> codes = store.subtreeCodes(scope);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("StationEntity", "s").where("s.villageCode IN :codes", "codes", codes).where("s.villageCode = :village",
                    "village", village).where("s.townCode = :town", "town", town).where("s.memberId = :member", "member", memberId);
            if (Boolean.TRUE.equals(active)) {
                q.where("s.endedOn IS NULL");
            } else if (Boolean.FALSE.equals(active)) {
                q.where("s.endedOn IS NOT NULL");
            }
            Page<StationEntity> rows = q.page(em, StationEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(Stations::view).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** Whether the member is stationed in the village on the day (who may record a visit there). */
    static boolean stationedOn(EntityManager em, String village, long memberId, LocalDate day) {
        return em.createQuery("SELECT s FROM StationEntity s WHERE s.villageCode = :v AND s.memberId = :m", StationEntity.class)
                .setParameter("v", village)
                .setParameter("m", memberId).getResultList().stream().anyMatch(s -> s.covers(day));
    }

    private Member member(long id) {
        try {
            return members.get(id);
        } catch (org.jiceng.common.NotFoundException e) {
            throw new ValidationException("memberId", "no member " + id);
        }
    }

    private StationEntity load(EntityManager em, String scope, long id) {
        return store.find(em, StationEntity.class, id, "Stationing", scope, s -> s.villageCode);
    }

    static StationView view(StationEntity s) {
        StationView v = new StationView();
        v.id = s.id;
        v.villageCode = s.villageCode;
        v.townCode = s.townCode;
        v.memberId = s.memberId;
        v.memberName = s.memberName;
        v.startedOn = s.startedOn;
        v.endedOn = s.endedOn;
        v.active = s.endedOn == null;
        v.version = s.version;
        return v;
    }
}
