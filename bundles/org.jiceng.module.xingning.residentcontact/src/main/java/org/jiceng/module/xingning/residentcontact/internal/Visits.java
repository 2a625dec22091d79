package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Shares;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Household visits (走访入户) by the cadres stationed in a village: a cadre's round of a day is recorded
 * at once, one visit per household, in one transaction. The village's register bounds them: the
 * different households visited in a year never outnumber those it registers.
 */
@Component(service = Visits.class)
public class Visits {
    static final Set<String> SORTABLE = Set.of("id", "visitedOn", "household");
    static final int MAX_HOUSEHOLDS = 500;
    private static final Map<String, String> SORT = Map.of("id", "v.id", "visitedOn", "v.visitedOn", "household", "v.household");

    private final Store store;
    private final Villages villages;

    @Activate
    public Visits(@Reference Store store, @Reference Villages villages) {
        this.store = store;
        this.villages = villages;
    }

    /** Body of POST /visits: one cadre's round of a day. */
    public static class NewVisits {
        public String villageCode;
        public Long memberId;
        public LocalDate visitedOn;
        /** The households visited, as the village numbers them (户号). */
        public List<String> households;
        public String note;
    }

    /** What a round recorded, and where the village's visits stand in that year. */
    public static class Recorded {
        public List<VisitView> visits;
        public int households;
        public long householdsVisited;
        public java.math.BigDecimal visitRate;
    }

    /** Records a cadre's round: 422 visit-in-future, cadre-not-stationed, households-exceeded. */
    public Recorded record(String scope, NewVisits in) {
        LocalDate today = store.today();
        Validator v = new Validator().require("villageCode", in.villageCode).require("memberId", in.memberId).require("visitedOn", in.visitedOn)
                .require("households", in.households).maxLength("note", in.note, 500);
        if (in.households != null) {
            v.check(!in.households.isEmpty() && in.households.size() <= MAX_HOUSEHOLDS, "households", "between 1 and " + MAX_HOUSEHOLDS + " a round");
            v.check(in.households.stream().allMatch(h -> h != null && !h.isBlank() && h.trim().length() <= 40), "households",
                    "each household number is required, at most 40 characters");
            v.check(in.households.stream().filter(h -> h != null).map(String::trim).distinct().count() == in.households.size(), "households",
                    "names a household twice");
        }
        v.throwIfInvalid();
        Villages.Place village = villages.place(scope, "villageCode", in.villageCode);
        ContactRules.requireVisitMade(in.visitedOn, today);
        List<String> households = in.households.stream().map(String::trim).toList();
        int year = in.visitedOn.getYear();
        List<VisitEntity> saved = store.tx().write(em -> {
            if (!Stations.stationedOn(em, village.code(), in.memberId, in.visitedOn)) {
                throw new RuleViolationException(ContactRules.RULE_CADRE_NOT_STATIONED,
                        "Member " + in.memberId + " is not stationed in " + village.code()
                                + " on " + in.visitedOn + ": visits are recorded by the cadres stationed there");
            }
            VillageEntity register = Villages.find(em, village.code());
            Set<String> seen = new HashSet<>(em
                    .createQuery("SELECT DISTINCT v.household FROM VisitEntity v WHERE v.villageCode = :c AND v.household IN :h"
                            + " AND v.visitedOn >= :from AND v.visitedOn < :to", String.class)
                    .setParameter("c", village.code()).setParameter("h", households)
                    .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1)).getResultList());
            long fresh = new LinkedHashSet<>(households).stream().filter(h -> !seen.contains(h)).count();
            ContactRules.requireWithinRegister(village.code(), Villages.visitedHouseholds(em, village.code(), year) + fresh,
                    register == null ? 0 : register.households);
            List<VisitEntity> out = new ArrayList<>();
            for (String h : households) {
                VisitEntity e = new VisitEntity();
                e.villageCode = village.code();
                e.townCode = village.townCode();
                e.household = h;
                e.memberId = in.memberId;
                e.visitedOn = in.visitedOn;
                e.note = in.note == null || in.note.isBlank() ? null : in.note.trim();
                em.persist(e);
                out.add(e);
            }
            return out;
        });
        Recorded r = new Recorded();
        r.visits = saved.stream().map(Visits::view).toList();
        store.tx().read(em -> {
            VillageEntity register = Villages.find(em, village.code());
            r.households = register == null ? 0 : register.households;
            r.householdsVisited = Villages.visitedHouseholds(em, village.code(), year);
            r.visitRate = Shares.of(Math.min(r.householdsVisited, r.households), r.households);
            return r;
        });
        return r;
    }

    public VisitView get(String scope, long id) {
        return view(store.tx().read(em -> load(em, scope, id)));
    }

    /** Visits of the subtree by village, cadre and day. */
    public Page<VisitView> list(String scope, String village, Long memberId, LocalDate from, LocalDate to, PageRequest page) {
        List<String> codes = store.subtreeCodes(scope);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("VisitEntity", "v").where("v.villageCode IN :codes", "codes", codes).where("v.villageCode = :village",
                    "village", village).where("v.memberId = :member", "member", memberId).where("v.visitedOn >= :from", "from", from)
                    .where("v.visitedOn <= :to", "to", to);
            Page<VisitEntity> rows = q.page(em, VisitEntity.class, page.withDefaultOrder(new PageRequest.Order("id", false)), SORT);
            return new Page<>(rows.items().stream().map(Visits::view).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** The visit, in the caller's subtree (else 404 like a missing one). */
    VisitEntity load(EntityManager em, String scope, long id) {
        return store.find(em, VisitEntity.class, id, "Visit", scope, v -> v.villageCode);
    }

    static VisitView view(VisitEntity e) {
        VisitView v = new VisitView();
        v.id = e.id;
        v.villageCode = e.villageCode;
        v.townCode = e.townCode;
        v.household = e.household;
        v.memberId = e.memberId;
        v.visitedOn = e.visitedOn;
        v.note = e.note;
        return v;
    }
}
