package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.Params;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The pilot townships of a year (目前已在全县9个乡镇区试行): registered by the county, each keeping its own evaluation. */
@Component(service = Townships.class)
public class Townships {
    static final String RULE_NOT_TOWNSHIP = "not-a-township";
    static final Set<String> SORTABLE = Set.of("id", "townshipCode", "averageTotal", "members");
    private static final Map<String, Comparator<TownshipView>> SORT = Map.of("id", Comparator.comparingLong(t -> t.id), "townshipCode",
            Comparator.comparing(t -> t.townshipCode), "averageTotal",
            Comparator.comparing(t -> t.averageTotal, Comparator.nullsFirst(Comparator.naturalOrder())), "members",
            Comparator.comparingLong(t -> t.members));

    private final Store store;

    @Activate
    public Townships(@Reference Store store) {
        this.store = store;
    }

    TownshipView register(String code, TownshipInput input, LocalDate today) {
        TownshipInput in = Params.body(input);
        String county = store.requireCounty(code, "Registering a pilot township");
        new Validator().require("year", in.year).range("year", in.year, 2000, 2100).require("townshipCode", in.townshipCode).throwIfInvalid();
        String townshipCode = in.townshipCode.trim();
        Optional<Jurisdiction> place = store.jurisdictions().find(townshipCode);
        if (place.isEmpty() || place.get().level() != JurisdictionLevel.TOWNSHIP || !store.within(townshipCode, county)) {
            throw new RuleViolationException(RULE_NOT_TOWNSHIP, "'" + townshipCode + "' is not a township (乡、镇、区) of " + county);
        }
        return store.tx().write(em -> {
            Years.requireOpen(em, county, in.year);
            if (!em.createQuery("SELECT t.id FROM TownshipEntity t WHERE t.year = :y AND t.townshipCode = :t", Long.class)
                    .setParameter("y", in.year).setParameter("t", townshipCode).getResultList().isEmpty()) {
                throw new ConflictException(place.get().name() + " is already a pilot township of " + in.year);
            }
            TownshipEntity t = new TownshipEntity();
            t.year = in.year;
            t.countyCode = county;
            t.townshipCode = townshipCode;
            t.townshipName = place.get().name();
            t.registeredBy = Store.caller();
            t.registeredOn = today;
            em.persist(t);
            em.flush();
            return TownshipView.of(t, 0, 0, null);
        });
    }

    TownshipEntity find(EntityManager em, String code, long id) {
        return store.find(em, TownshipEntity.class, id, "Pilot township evaluation", code, t -> t.townshipCode);
    }

    TownshipView get(String code, long id) {
        return store.tx().read(em -> views(em, List.of(find(em, code, id))).get(0));
    }

    /** The pilot townships of a year in the subtree. */
    Page<TownshipView> list(String code, int year, PageRequest page) {
        return Pages.ofList(store.tx().read(em -> views(em, all(em, code, year))), page, SORT, "id");
    }

    List<TownshipEntity> all(EntityManager em, String code, int year) {
        return em.createQuery("SELECT t FROM TownshipEntity t WHERE t.year = :y AND t.townshipCode IN :codes ORDER BY t.townshipCode",
                TownshipEntity.class).setParameter("y", year).setParameter("codes", store.subtreeCodes(code)).getResultList();
    }

    /** Views with each township's members, entries and average total, three queries for all of them. */
    private static List<TownshipView> views(EntityManager em, List<TownshipEntity> townships) {
        if (townships.isEmpty()) {
            return List.of();
        }
        List<Long> ids = townships.stream().map(t -> t.id).toList();
        Map<Long, Long> members = new HashMap<>();
        Map<Long, Double> averages = new HashMap<>();
        em.createQuery("SELECT m.townshipId, COUNT(m), AVG(m.total) FROM EvaluatedEntity m WHERE m.townshipId IN :ids GROUP BY m.townshipId",
                Object[].class).setParameter("ids", ids).getResultList().forEach(r -> {
                    members.put((Long) r[0], ((Number) r[1]).longValue());
                    if (r[2] != null) {
                        averages.put((Long) r[0], Math.round(((Number) r[2]).doubleValue() * 100.0) / 100.0);
                    }
                });
        Map<Long, Long> entries = new HashMap<>();
        em.createQuery("SELECT e.townshipId, COUNT(e) FROM EntryEntity e WHERE e.townshipId IN :ids GROUP BY e.townshipId", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> entries.put((Long) r[0], ((Number) r[1]).longValue()));
        List<TownshipView> out = new ArrayList<>();
        for (TownshipEntity t : townships) {
            out.add(TownshipView.of(t, members.getOrDefault(t.id, 0L), entries.getOrDefault(t.id, 0L), averages.get(t.id)));
        }
        return out;
    }
}
