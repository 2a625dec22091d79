package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Shares;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The villages of the county with the households each registers (the denominator of the visit rate),
 * and the place checks every service shares: a village of the caller's subtree and its town.
 */
@Component(service = Villages.class)
public class Villages {
    static final Set<String> SORTABLE = Set.of("villageCode", "households");
    private static final Map<String, String> SORT = Map.of("villageCode", "v.villageCode", "households", "v.households");

    private final Store store;

    @Activate
    public Villages(@Reference Store store) {
        this.store = store;
    }

    /** A village (村 or 社区) of the registry in the caller's subtree {@code scope}. */
    record Place(String code, String name, String townCode) {
    }

    /** Body of PUT /villages/{villageCode}. */
    public static class Register {
        public Integer households;
        /** The register's version; none the first time. */
        public Long version;
    }

    /** The village {@code code} within {@code scope}: 404 outside it (like a missing one), 400 on {@code field} when it is no village. */
    Place place(String scope, String field, String code) {
        Jurisdiction j = store.jurisdictions().find(code.trim()).orElse(null);
        if (j == null || !store.within(j.code(), scope)) {
            throw new NotFoundException("Jurisdiction", code);
        }
        if (j.level() != JurisdictionLevel.VILLAGE) {
            throw new ValidationException(field, "must be a village (村) or community (社区), " + code + " is a " + j.level());
        }
        return new Place(j.code(), j.name(), j.parentCode());
    }

    /** Registers (or corrects) the village's households; 422 households-below-visited under this year's visited households. */
    public VillageView register(String scope, String villageCode, Register in) {
        new Validator().require("households", in.households).check(in.households == null || in.households >= 0 && in.households <= 100_000,
                "households", "must be between 0 and 100000").throwIfInvalid();
        Place place = place(scope, "villageCode", villageCode);
        LocalDate today = store.today();
        VillageEntity saved = store.tx().write(em -> {
            VillageEntity v = find(em, place.code());
            long visited = visitedHouseholds(em, place.code(), today.getYear());
            ContactRules.requireNotBelowVisited(place.code(), in.households, visited);
            if (v == null) {
                v = new VillageEntity();
                v.villageCode = place.code();
                v.townCode = place.townCode();
                v.households = in.households;
                v.updatedOn = today;
                em.persist(v);
                return v;
            }
            org.jiceng.common.ConflictException.requireVersion("Village register", place.code(), v.version, Validator.requiredVersion(in.version));
            v.households = in.households;
            v.updatedOn = today;
            return v;
        });
        return view(saved, place.name(), store.tx().read(em -> visitedHouseholds(em, place.code(), today.getYear())), today.getYear());
    }

    public VillageView get(String scope, String villageCode, Integer year) {
        Place place = place(scope, "villageCode", villageCode);
        int y = year == null ? store.today().getYear() : year;
        return store.tx().read(em -> {
            VillageEntity v = find(em, place.code());
            if (v == null) {
                throw new NotFoundException("Village register", place.code());
            }
            return view(v, place.name(), visitedHouseholds(em, place.code(), y), y);
        });
    }

    /** The registered villages of the subtree, optionally of one town, with the households visited in the year (this year by default). */
    public Page<VillageView> list(String scope, String town, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(scope);
        int y = year == null ? store.today().getYear() : year;
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("VillageEntity", "v").where("v.villageCode IN :codes", "codes", codes).where("v.townCode = :town",
                    "town",
                    town);
            Page<VillageEntity> rows = q.page(em, VillageEntity.class, page.withDefaultOrder(new PageRequest.Order("villageCode", true)), SORT);
            Map<String, Long> visited = visitedPerVillage(em, rows.items().stream().map(v -> v.villageCode).toList(), y);
            Map<String, String> names = new HashMap<>();
            for (VillageEntity v : rows.items()) {
                names.put(v.villageCode, store.nameOf(v.villageCode));
            }
            return new Page<>(rows.items().stream().map(v -> view(v, names.get(v.villageCode), visited.getOrDefault(v.villageCode, 0L), y)).toList(),
                    rows.page(), rows.size(), rows.total());
        });
    }

    static VillageEntity find(EntityManager em, String villageCode) {
        List<VillageEntity> found = em.createQuery("SELECT v FROM VillageEntity v WHERE v.villageCode = :c", VillageEntity.class)
                .setParameter("c", villageCode)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Different households of the village visited in the year. */
    static long visitedHouseholds(EntityManager em, String villageCode, int year) {
        return em.createQuery(
                "SELECT COUNT(DISTINCT v.household) FROM VisitEntity v WHERE v.villageCode = :c AND v.visitedOn >= :from AND v.visitedOn < :to",
                Long.class).setParameter("c", villageCode).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getSingleResult();
    }

    private static Map<String, Long> visitedPerVillage(EntityManager em, List<String> villages, int year) {
        Map<String, Long> out = new HashMap<>();
        if (villages.isEmpty()) {
            return out;
        }
        em.createQuery("SELECT v.villageCode, COUNT(DISTINCT v.household) FROM VisitEntity v WHERE v.villageCode IN :c AND v.visitedOn >= :from"
                + " AND v.visitedOn < :to GROUP BY v.villageCode", Object[].class).setParameter("c", villages)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1)).getResultList().forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    private static VillageView view(VillageEntity v, String name, long visited, int year) {
        VillageView out = new VillageView();
        out.villageCode = v.villageCode;
        out.villageName = name;
        out.townCode = v.townCode;
        out.households = v.households;
        out.year = year;
        out.householdsVisited = visited;
        out.visitRate = Shares.of(Math.min(visited, v.households), v.households);
        out.updatedOn = v.updatedOn;
        out.version = v.version;
        return out;
    }
}
