package org.jiceng.module.guangzong.villageassets.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The county's yearly stock-taking (清产核算): a campaign is opened by the county; each venue is
 * counted once, every item of its ledger with the quantity found and how many of it are damaged;
 * the differences are listed and each is settled by adjusting the item's ledger quantity (an
 * adjustment with the reason is kept); the campaign closes when every venue is counted and every
 * difference settled.
 */
@Component(service = Stocktakes.class)
public class Stocktakes {
    static final Set<String> SORTABLE = Set.of("id", "year", "status");
    private static final Map<String, String> SORT = Map.of("id", "s.id", "year", "s.year", "status", "s.status");
    static final Set<String> COUNT_SORTABLE = Set.of("id", "villageCode", "kind");
    private static final Map<String, String> COUNT_SORT = Map.of("id", "c.id", "villageCode", "c.villageCode", "kind", "c.kind");

    private final Store store;
    private final Venues venues;

    @Activate
    public Stocktakes(@Reference Store store, @Reference Venues venues) {
        this.store = store;
        this.venues = venues;
    }

    /** One item's count in a venue's count. */
    public static class ItemCount {
        public Long itemId;
        public Integer counted;
        public Integer damaged;
    }

    /** Body of a venue's count. */
    public static class VenueCount {
        public Long stocktakeId;
        public List<ItemCount> items;
    }

    /** A list's filter of counts. */
    record Filter(Long stocktakeId, DifferenceKind kind, Boolean differences, Boolean settled, Long venueId) {
    }

    StocktakeView open(String code, Integer year, String title, LocalDate startsOn, LocalDate today) {
        Validator v = new Validator().require("year", year).range("year", year, 2000, today.getYear() + 1).require("title", title)
                .maxLength("title", title, 200).require("startsOn", startsOn);
        v.check(startsOn == null || !startsOn.isAfter(today.plusYears(1)), "startsOn", "must be within a year from today");
        v.throwIfInvalid();
        String county = store.requireCounty(code, AssetRules.STOCKTAKE_BY_COUNTY, "A stock-taking");
        return store.tx().write(em -> {
            AssetRules.checkNoOtherOpen(!em.createQuery("SELECT s.id FROM StocktakeEntity s WHERE s.countyCode = :c AND s.status = :s", Long.class)
                    .setParameter("c", county).setParameter("s", StocktakeStatus.OPEN).getResultList().isEmpty());
            if (!em.createQuery("SELECT s.id FROM StocktakeEntity s WHERE s.countyCode = :c AND s.year = :y", Long.class).setParameter("c", county)
                    .setParameter("y", year).getResultList().isEmpty()) {
                throw new ConflictException("The county has taken stock of " + year + " already");
            }
            StocktakeEntity s = new StocktakeEntity();
            s.countyCode = county;
            s.year = year;
            s.title = title.trim();
            s.startsOn = startsOn;
            s.openedBy = Store.caller();
            em.persist(s);
            em.flush();
            return s.toView();
        });
    }

    StocktakeView get(String code, long id) {
        return store.tx().read(em -> load(em, code, id).toView());
    }

    /** The county's campaign of a year, or null. */
    StocktakeView ofYear(String county, int year) {
        return store.tx().read(em -> em.createQuery("SELECT s FROM StocktakeEntity s WHERE s.countyCode = :c AND s.year = :y", StocktakeEntity.class)
                .setParameter("c", county).setParameter("y", year).getResultList().stream().findFirst().map(StocktakeEntity::toView).orElse(null));
    }

    Page<StocktakeView> list(String code, StocktakeStatus status, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<StocktakeEntity> rows = new QueryBuilder("StocktakeEntity", "s").where("s.countyCode IN :codes", "codes", Store.nonEmpty(codes))
                    .where("s.status = :status", "status", status)
                    .page(em, StocktakeEntity.class, page.withDefaultOrder(new PageRequest.Order("id", false)), SORT);
            return new Page<>(rows.items().stream().map(StocktakeEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** Records a venue's count in an open campaign of its county: every item of its ledger exactly once. */
    List<CountView> count(String code, long venueId, VenueCount in, LocalDate today) {
        Validator v = new Validator().require("stocktakeId", in.stocktakeId).require("items", in.items);
        if (in.items != null) {
            for (int i = 0; i < in.items.size(); i++) {
                ItemCount c = in.items.get(i);
                String f = "items[" + i + "]";
                if (c == null) {
                    v.check(false, f, "must not be empty");
                    continue;
                }
                v.require(f + ".itemId", c.itemId).require(f + ".counted", c.counted).range(f + ".counted", c.counted, 0, 100_000)
                        .range(f + ".damaged", c.damaged, 0, 100_000);
                v.check(c.counted == null || c.damaged == null || c.damaged <= c.counted, f + ".damaged", "must not exceed counted");
            }
        }
        v.throwIfInvalid();
        return store.tx().write(em -> {
            VenueEntity venue = venues.load(em, code, venueId);
            StocktakeEntity s = em.find(StocktakeEntity.class, in.stocktakeId);
            if (s == null || !s.countyCode.equals(venue.countyCode)) {
                throw new NotFoundException("Stocktake", in.stocktakeId);
            }
            AssetRules.checkOpen(s.status);
            AssetRules.checkNotCounted(!em.createQuery("SELECT c.id FROM CountEntity c WHERE c.stocktakeId = :s AND c.venueId = :v", Long.class)
                    .setParameter("s", s.id).setParameter("v", venueId).setMaxResults(1).getResultList().isEmpty(), venue.name);
            Map<Long, ItemEntity> items = new HashMap<>();
            em.createQuery("SELECT i FROM ItemEntity i WHERE i.venueId = :v", ItemEntity.class).setParameter("v", venueId).getResultList()
                    .forEach(i -> items.put(i.id, i));
            Validator check = new Validator();
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < in.items.size(); i++) {
                long id = in.items.get(i).itemId;
                check.check(items.containsKey(id), "items[" + i + "].itemId", "is not an item of the venue").check(seen.add(id),
                        "items[" + i + "].itemId", "is counted twice");
            }
            check.check(seen.containsAll(items.keySet()), "items", "must count every item of the venue's ledger (" + items.size() + ")");
            check.throwIfInvalid();
            List<CountView> out = new java.util.ArrayList<>();
            for (ItemCount c : in.items) {
                ItemEntity item = items.get(c.itemId);
                CountEntity e = new CountEntity();
                e.stocktakeId = s.id;
                e.venueId = venueId;
                e.itemId = item.id;
                e.villageCode = venue.villageCode;
                e.townshipCode = venue.townshipCode;
                e.ledgerQuantity = item.quantity;
                e.countedQuantity = c.counted;
                e.damagedQuantity = c.damaged == null ? 0 : c.damaged;
                e.unitValue = item.unitValue;
                e.kind = AssetRules.difference(e.ledgerQuantity, e.countedQuantity, e.damagedQuantity);
                e.countedOn = today;
                e.countedBy = Store.caller();
                em.persist(e);
                em.flush();
                out.add(e.toView(item.name, item.category));
            }
            return out;
        });
    }

    Page<CountView> counts(String code, Filter filter, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("CountEntity", "c").where("c.villageCode IN :codes", "codes", Store.nonEmpty(codes))
                    .where("c.stocktakeId = :s", "s", filter.stocktakeId()).where("c.kind = :k", "k", filter.kind())
                    .where("c.venueId = :v", "v", filter.venueId());
            if (Boolean.TRUE.equals(filter.differences())) {
                q.where("c.kind <> :none", "none", DifferenceKind.NONE);
            }
            if (filter.settled() != null) {
                q.where(filter.settled() ? "c.settledOn IS NOT NULL" : "c.settledOn IS NULL");
            }
            Page<CountEntity> rows = q.page(em, CountEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), COUNT_SORT);
            return new Page<>(rows.items().stream().map(c -> view(em, c)).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    CountView getCount(String code, long id) {
        return store.tx().read(em -> view(em, loadCount(em, code, id)));
    }

    /** Settles a difference: the item's ledger quantity becomes what was found less the damaged, with the reason kept. */
    CountView settle(String code, long id, String reason, Long version, LocalDate today) {
        new Validator().require("reason", reason == null || reason.isBlank() ? null : reason).maxLength("reason", reason, 1000)
                .require("version", version).throwIfInvalid();
        return store.tx().write(em -> {
            CountEntity c = loadCount(em, code, id);
            ConflictException.requireVersion("Count", id, c.version, version);
            AssetRules.checkSettleable(c.kind, c.settledOn != null);
            StocktakeEntity s = em.find(StocktakeEntity.class, c.stocktakeId);
            AssetRules.checkOpen(s.status);
            ItemEntity item = em.find(ItemEntity.class, c.itemId);
            AdjustmentEntity a = new AdjustmentEntity();
            a.itemId = item.id;
            a.venueId = item.venueId;
            a.countId = c.id;
            a.quantityBefore = item.quantity;
            a.quantityAfter = AssetRules.settledQuantity(c.countedQuantity, c.damagedQuantity);
            a.reason = c.kind.nameZh() + "：" + reason.trim();
            a.adjustedOn = today;
            a.adjustedBy = Store.caller();
            em.persist(a);
            item.quantity = a.quantityAfter;
            c.settledOn = today;
            c.settledBy = Store.caller();
            c.settlementReason = reason.trim();
            em.flush();
            return view(em, c);
        });
    }

    /** Closes a campaign with every venue of the county that has a ledger counted and every difference settled. */
    StocktakeView close(String code, long id, Long version, LocalDate today) {
        new Validator().require("version", version).throwIfInvalid();
        return store.tx().write(em -> {
            StocktakeEntity s = load(em, code, id);
            ConflictException.requireVersion("Stocktake", id, s.version, version);
            AssetRules.checkOpen(s.status);
            long uncounted = em.createQuery("SELECT COUNT(v) FROM VenueEntity v WHERE v.countyCode = :county "
                    + "AND EXISTS (SELECT i.id FROM ItemEntity i WHERE i.venueId = v.id) "
                    + "AND NOT EXISTS (SELECT c.id FROM CountEntity c WHERE c.venueId = v.id AND c.stocktakeId = :s)", Long.class)
                    .setParameter("county", s.countyCode).setParameter("s", id).getSingleResult();
            long unsettled = em.createQuery("SELECT COUNT(c) FROM CountEntity c WHERE c.stocktakeId = :s AND c.kind <> :none AND c.settledOn IS NULL",
                    Long.class).setParameter("s", id).setParameter("none", DifferenceKind.NONE).getSingleResult();
            AssetRules.checkClosable(uncounted, unsettled);
            s.status = StocktakeStatus.CLOSED;
            s.closedOn = today;
            s.closedBy = Store.caller();
            em.flush();
            return s.toView();
        });
    }

    /** Counts a campaign's results in a subtree, per township and in total; nothing is stored. */
    StocktakeFigures figures(String code, long stocktakeId) {
        List<String> codes = store.subtreeCodes(code);
        StocktakeFigures f = new StocktakeFigures();
        f.code = code;
        f.stocktakeId = stocktakeId;
        Map<String, StocktakeFigures.TownshipStock> towns = new java.util.TreeMap<>();
        store.tx().read(em -> {
            StocktakeEntity s = em.find(StocktakeEntity.class, stocktakeId);
            if (s == null || !(store.within(s.countyCode, code) || store.within(code, s.countyCode))) {
                throw new NotFoundException("Stocktake", stocktakeId);
            }
            f.year = s.year;
            f.status = s.status;
            for (Object[] r : em.createQuery("SELECT v.townshipCode, COUNT(v) FROM VenueEntity v WHERE v.villageCode IN :codes "
                    + "AND EXISTS (SELECT i.id FROM ItemEntity i WHERE i.venueId = v.id) GROUP BY v.townshipCode", Object[].class)
                    .setParameter("codes", Store.nonEmpty(codes)).getResultList()) {
                for (StocktakeFigures.Stock c : List.of(f.total, town(towns, (String) r[0]))) {
                    c.venues += (Long) r[1];
                }
            }
            for (CountEntity c : em.createQuery("SELECT c FROM CountEntity c WHERE c.stocktakeId = :s AND c.villageCode IN :codes", CountEntity.class)
                    .setParameter("s", stocktakeId).setParameter("codes", Store.nonEmpty(codes)).getResultList()) {
                for (StocktakeFigures.Stock t : List.of(f.total, town(towns, c.townshipCode))) {
                    t.add(c);
                }
            }
            return null;
        });
        for (StocktakeFigures.Stock t : List.of(f.total)) {
            t.finish();
        }
        towns.values().forEach(StocktakeFigures.Stock::finish);
        f.byTownship.addAll(towns.values());
        return f;
    }

    private StocktakeFigures.TownshipStock town(Map<String, StocktakeFigures.TownshipStock> towns, String township) {
        return towns.computeIfAbsent(township == null ? "" : township, k -> {
            StocktakeFigures.TownshipStock t = new StocktakeFigures.TownshipStock();
            t.townshipCode = township;
            t.townshipName = store.nameOf(township);
            return t;
        });
    }

    private static CountView view(EntityManager em, CountEntity c) {
        ItemEntity item = em.find(ItemEntity.class, c.itemId);
        return c.toView(item.name, item.category);
    }

    private CountEntity loadCount(EntityManager em, String code, long id) {
        return store.find(em, CountEntity.class, id, "Count", code, c -> c.villageCode);
    }

    private StocktakeEntity load(EntityManager em, String code, long id) {
        return store.find(em, StocktakeEntity.class, id, "Stocktake", code, s -> s.countyCode);
    }
}
