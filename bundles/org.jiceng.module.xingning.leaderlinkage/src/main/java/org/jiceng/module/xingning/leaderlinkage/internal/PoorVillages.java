package org.jiceng.module.xingning.leaderlinkage.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The city's list of province-designated poor villages (省定贫困村) per year: the province designates them, the registry
 * does not know them, so the city's organization department enters its list here.
 */
@Component(service = PoorVillages.class)
public class PoorVillages {
    static final Set<String> SORTABLE = Set.of("id", "jurisdictionCode");
    private static final Map<String, String> SORT = Map.of("id", "p.id", "jurisdictionCode", "p.villageCode");

    private final Store store;
    private final Places places;

    @Activate
    public PoorVillages(@Reference Store store, @Reference Places places) {
        this.store = store;
        this.places = places;
    }

    /** Body of POST /poor-villages. */
    public static class NewPoorVillage {
        public Integer year;
        public String jurisdictionCode;
        public String note;
    }

    /** Puts a village of the city on the year's list; 422 link-outside-county, link-level-mismatch, poor-village-already-listed. */
    public PoorVillageView list(String code, NewPoorVillage in) {
        new Validator().require("year", in.year).range("year", in.year, 2000, store.today().getYear() + 1)
                .require("jurisdictionCode", in.jurisdictionCode)
                .maxLength("jurisdictionCode", in.jurisdictionCode, 12).maxLength("note", in.note, 500).throwIfInvalid();
        String county = store.countyWriting(code);
        String village = in.jurisdictionCode.trim();
        Jurisdiction place = places.get(village);
        LinkageRules.requirePlace(LinkKind.POOR_VILLAGE, places.within(village, county), place.level(), village);
        String township = places.townshipOf(village);
        PoorVillageEntity created;
        try {
            created = store.tx().write(em -> {
                requireUnlisted(em, county, in.year, village, place.name());
                PoorVillageEntity p = new PoorVillageEntity();
                p.countyCode = county;
                p.year = in.year;
                p.villageCode = village;
                p.villageName = place.name();
                p.townshipCode = township;
                p.note = in.note == null || in.note.isBlank() ? null : in.note.trim();
                p.listedBy = Store.caller();
                em.persist(p);
                return p;
            });
        } catch (PersistenceException | ConflictException e) {
            // listed meanwhile by another request (the unique key): the rule says so
            store.tx().read(em -> requireUnlisted(em, county, in.year, village, place.name()));
            throw e;
        }
        return withLeaders(List.of(created.toView())).get(0);
    }

    private static Void requireUnlisted(EntityManager em, String county, int year, String village, String name) {
        long listed = em
                .createQuery("SELECT COUNT(p) FROM PoorVillageEntity p WHERE p.countyCode = :c AND p.year = :y AND p.villageCode = :v", Long.class)
                .setParameter("c", county).setParameter("y", year).setParameter("v", village).getSingleResult();
        if (listed > 0) {
            throw new RuleViolationException(LinkageRules.RULE_POOR_LISTED, name + " is on the list for " + year + " already");
        }
        return null;
    }

    /** Takes a village off the year's list (the province dropped it); 422 poor-village-linked while a leader is linked to it that year. */
    public void remove(String code, long id) {
        store.tx().run(em -> {
            PoorVillageEntity p = store.find(em, PoorVillageEntity.class, id, "Poor village", code, v -> v.villageCode);
            store.countyWriting(code);
            long linked = em
                    .createQuery(
                            "SELECT COUNT(l) FROM LinkEntity l WHERE l.countyCode = :c AND l.year = :y AND l.kind = :k AND l.jurisdictionCode = :v",
                            Long.class)
                    .setParameter("c", p.countyCode).setParameter("y", p.year).setParameter("k", LinkKind.POOR_VILLAGE)
                    .setParameter("v", p.villageCode)
                    .getSingleResult();
            if (linked > 0) {
                throw new RuleViolationException(LinkageRules.RULE_POOR_LINKED,
                        p.villageName + " is linked to a leader for " + p.year + ": end that link before taking it off the list");
            }
            em.remove(p);
        });
    }

    /** The poor villages of the subtree by year, each with the leader linked to it that year. */
    public Page<PoorVillageView> list(String code, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        Page<PoorVillageView> rows = store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("PoorVillageEntity", "p").where("p.villageCode IN :c", "c", codes).where("p.year = :y", "y", year);
            Page<PoorVillageEntity> found = q.page(em, PoorVillageEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(found.items().stream().map(PoorVillageEntity::toView).toList(), found.page(), found.size(), found.total());
        });
        return new Page<>(withLeaders(rows.items()), rows.page(), rows.size(), rows.total());
    }

    public PoorVillageView get(String code, long id) {
        PoorVillageView v = store.tx().read(em -> store.find(em, PoorVillageEntity.class, id, "Poor village", code, p -> p.villageCode).toView());
        return withLeaders(List.of(v)).get(0);
    }

    private List<PoorVillageView> withLeaders(List<PoorVillageView> villages) {
        if (villages.isEmpty()) {
            return villages;
        }
        return store.tx().read(em -> {
            List<LinkEntity> links = em
                    .createQuery("SELECT l FROM LinkEntity l WHERE l.kind = :k AND l.jurisdictionCode IN :v", LinkEntity.class)
                    .setParameter("k", LinkKind.POOR_VILLAGE).setParameter("v", villages.stream().map(p -> p.jurisdictionCode).distinct().toList())
                    .getResultList();
            Map<Long, LeaderEntity> leaders = Views.leaders(em, links.stream().map(l -> l.leaderId).distinct().toList());
            Map<String, LinkEntity> byPlace = links.stream()
                    .collect(Collectors.toMap(l -> l.year + "/" + l.jurisdictionCode, Function.identity(), (a, b) -> a));
            for (PoorVillageView p : villages) {
                LinkEntity l = byPlace.get(p.year + "/" + p.jurisdictionCode);
                if (l != null) {
                    p.linkId = l.id;
                    p.leaderName = leaders.get(l.leaderId).memberName;
                }
            }
            return villages;
        });
    }
}
