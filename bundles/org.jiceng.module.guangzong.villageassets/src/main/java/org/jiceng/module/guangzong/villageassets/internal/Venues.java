package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The venues and their ledgers. A venue is registered once per village, for the village's Party
 * organization the core holds (its name kept as it was, so the ledger reads as registered); its
 * items' quantities change afterwards only by a settled stock-taking difference or an update made
 * while no difference of the item waits to be settled.
 */
@Component(service = Venues.class)
public class Venues {
    static final Set<String> SORTABLE = Set.of("id", "villageCode", "name", "improvement", "investment");
    private static final Map<String, String> SORT = Map.of("id", "v.id", "villageCode", "v.villageCode", "name", "v.name", "improvement",
            "v.improvement", "investment", "v.investment");
    static final Set<String> ITEM_SORTABLE = Set.of("id", "category", "name", "quantity");
    private static final Map<String, String> ITEM_SORT = Map.of("id", "i.id", "category", "i.category", "name", "i.name", "quantity", "i.quantity");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    private final Store store;
    private final OrganizationService organizations;

    @Activate
    public Venues(@Reference Store store, @Reference OrganizationService organizations) {
        this.store = store;
        this.organizations = organizations;
    }

    /** Body of a venue's registration and update. */
    public static class VenueInput {
        public String villageCode;
        public String name;
        public String address;
        public String improvement;
        public BigDecimal investment;
        public Long version;
    }

    /** Body of an item's registration and update. */
    public static class ItemInput {
        public String category;
        public String name;
        public Integer quantity;
        public BigDecimal area;
        public BigDecimal unitValue;
        public String acquiredOn;
        public Long version;
    }

    VenueView register(String code, VenueInput in, LocalDate today) {
        Validator v = new Validator().require("villageCode", in.villageCode).require("name", in.name).maxLength("name", in.name, 200)
                .maxLength("address", in.address, 300).require("improvement", in.improvement);
        money(v, "investment", in.investment, false);
        v.throwIfInvalid();
        Improvement improvement = org.jiceng.common.Params.enumOf(Improvement.class, "improvement", in.improvement);
        String village = in.villageCode.trim();
        if (!store.within(village, code)) {
            throw new org.jiceng.common.NotFoundException("Jurisdiction", village);
        }
        AssetRules.checkVillage(store.jurisdictions().get(village).level(), village);
        PartyOrganization org = organizations.find(OrganizationQuery.inJurisdiction(village), PageRequest.first(20)).items().stream()
                .filter(o -> o.jurisdictionCode().equals(village)).findFirst().orElse(null);
        return store.tx().write(em -> {
            if (!em.createQuery("SELECT v.id FROM VenueEntity v WHERE v.villageCode = :v", Long.class).setParameter("v", village).getResultList()
                    .isEmpty()) {
                throw new ConflictException("Village " + village + " has its venue registered already");
            }
            VenueEntity e = new VenueEntity();
            e.villageCode = village;
            e.villageName = store.nameOf(village);
            e.townshipCode = store.townshipOf(village);
            e.countyCode = store.countyOf(village);
            e.organizationId = org == null ? null : org.id();
            e.organizationName = org == null ? null : org.name();
            e.name = in.name.trim();
            e.address = in.address == null ? null : in.address.trim();
            e.improvement = improvement;
            e.investment = scaled(in.investment == null ? BigDecimal.ZERO : in.investment);
            e.registeredOn = today;
            e.registeredBy = Store.caller();
            em.persist(e);
            em.flush();
            return e.toView();
        });
    }

    VenueView update(String code, long id, VenueInput in) {
        Validator v = new Validator().require("name", in.name).maxLength("name", in.name, 200).maxLength("address", in.address, 300)
                .require("improvement", in.improvement).require("version", in.version);
        money(v, "investment", in.investment, false);
        v.throwIfInvalid();
        Improvement improvement = org.jiceng.common.Params.enumOf(Improvement.class, "improvement", in.improvement);
        return store.tx().write(em -> {
            VenueEntity e = load(em, code, id);
            ConflictException.requireVersion("Venue", id, e.version, in.version);
            e.name = in.name.trim();
            e.address = in.address == null ? null : in.address.trim();
            e.improvement = improvement;
            e.investment = scaled(in.investment == null ? BigDecimal.ZERO : in.investment);
            em.flush();
            return e.toView();
        });
    }

    VenueView get(String code, long id) {
        return store.tx().read(em -> load(em, code, id).toView());
    }

    /** The venue of a village, or null. */
    VenueView ofVillage(String village) {
        return store.tx().read(em -> em.createQuery("SELECT v FROM VenueEntity v WHERE v.villageCode = :v", VenueEntity.class)
                .setParameter("v", village).getResultList().stream().findFirst().map(VenueEntity::toView).orElse(null));
    }

    Page<VenueView> list(String code, String township, Improvement improvement, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<VenueEntity> rows = new QueryBuilder("VenueEntity", "v").where("v.villageCode IN :codes", "codes", Store.nonEmpty(codes))
                    .where("v.townshipCode = :t", "t", township).where("v.improvement = :i", "i", improvement)
                    .page(em, VenueEntity.class, page.withDefaultOrder(new PageRequest.Order("villageCode", true)), SORT);
            return new Page<>(rows.items().stream().map(VenueEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    ItemView addItem(String code, long venueId, ItemInput in, LocalDate today) {
        ItemCategory category = validItem(in, false, today);
        return store.tx().write(em -> {
            VenueEntity venue = load(em, code, venueId);
            ItemEntity e = new ItemEntity();
            e.venueId = venue.id;
            e.villageCode = venue.villageCode;
            e.registeredOn = today;
            apply(e, category, in);
            em.persist(e);
            em.flush();
            return e.toView();
        });
    }

    /** Corrects an item's registration; its quantity stays as it is while a difference of it waits to be settled. */
    ItemView updateItem(String code, long id, ItemInput in, LocalDate today) {
        ItemCategory category = validItem(in, true, today);
        return store.tx().write(em -> {
            ItemEntity e = store.find(em, ItemEntity.class, id, "Item", code, i -> i.villageCode);
            ConflictException.requireVersion("Item", id, e.version, in.version);
            int quantity = category.hasArea() ? 1 : in.quantity;
            if (quantity != e.quantity) {
                AssetRules.checkNotUnderCount(!em.createQuery("SELECT c.id FROM CountEntity c WHERE c.itemId = :i AND c.kind <> :none "
                        + "AND c.settledOn IS NULL", Long.class).setParameter("i", id).setParameter("none", DifferenceKind.NONE).getResultList()
                        .isEmpty());
            }
            apply(e, category, in);
            em.flush();
            return e.toView();
        });
    }

    ItemView getItem(String code, long id) {
        return store.tx().read(em -> store.find(em, ItemEntity.class, id, "Item", code, i -> i.villageCode).toView());
    }

    /** Items of the subtree's venues, of one venue when {@code venueId} is given. */
    Page<ItemView> items(String code, Long venueId, ItemCategory category, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<ItemEntity> rows = new QueryBuilder("ItemEntity", "i").where("i.villageCode IN :codes", "codes", Store.nonEmpty(codes))
                    .where("i.venueId = :v", "v", venueId).where("i.category = :c", "c", category)
                    .page(em, ItemEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), ITEM_SORT);
            return new Page<>(rows.items().stream().map(ItemEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** A venue's ledger card: its items and every adjustment made to them. */
    LedgerView ledger(String code, long venueId) {
        return store.tx().read(em -> {
            LedgerView l = new LedgerView();
            l.venue = load(em, code, venueId).toView();
            Map<Long, String> names = new HashMap<>();
            for (ItemEntity i : em.createQuery("SELECT i FROM ItemEntity i WHERE i.venueId = :v ORDER BY i.id", ItemEntity.class)
                    .setParameter("v", venueId).getResultList()) {
                ItemView v = i.toView();
                l.items.add(v);
                l.totalValue = l.totalValue.add(v.value);
                names.put(i.id, i.name);
            }
            for (AdjustmentEntity a : em.createQuery("SELECT a FROM AdjustmentEntity a WHERE a.venueId = :v ORDER BY a.id", AdjustmentEntity.class)
                    .setParameter("v", venueId).getResultList()) {
                AdjustmentView v = new AdjustmentView();
                v.itemId = a.itemId;
                v.itemName = names.get(a.itemId);
                v.countId = a.countId;
                v.quantityBefore = a.quantityBefore;
                v.quantityAfter = a.quantityAfter;
                v.reason = a.reason;
                v.adjustedOn = a.adjustedOn;
                v.adjustedBy = a.adjustedBy;
                l.adjustments.add(v);
            }
            return l;
        });
    }

    /** The ledgers' figures in a subtree: venues by improvement, areas, equipment and book value, per township; nothing is stored. */
    AssetFigures figures(String code) {
        List<String> codes = Store.nonEmpty(store.subtreeCodes(code));
        AssetFigures f = new AssetFigures();
        f.code = code;
        Map<String, AssetFigures.TownshipAssets> towns = new java.util.TreeMap<>();
        store.tx().read(em -> {
            Map<Long, String> townOf = new HashMap<>();
            for (VenueEntity v : em.createQuery("SELECT v FROM VenueEntity v WHERE v.villageCode IN :codes", VenueEntity.class)
                    .setParameter("codes", codes).getResultList()) {
                townOf.put(v.id, v.townshipCode);
                f.total.add(v);
                town(towns, v.townshipCode).add(v);
            }
            for (ItemEntity i : em.createQuery("SELECT i FROM ItemEntity i WHERE i.villageCode IN :codes", ItemEntity.class)
                    .setParameter("codes", codes).getResultList()) {
                f.total.add(i);
                town(towns, townOf.get(i.venueId)).add(i);
            }
            return null;
        });
        f.byTownship.addAll(towns.values());
        return f;
    }

    private AssetFigures.TownshipAssets town(Map<String, AssetFigures.TownshipAssets> towns, String township) {
        return towns.computeIfAbsent(township == null ? "" : township, k -> {
            AssetFigures.TownshipAssets t = new AssetFigures.TownshipAssets();
            t.townshipCode = township;
            t.townshipName = store.nameOf(township);
            return t;
        });
    }

    /** Every item of the subtree's venues, for the ledger sheet. */
    List<ItemView> allItems(String code) {
        List<String> codes = Store.nonEmpty(store.subtreeCodes(code));
        return store.tx().read(em -> em.createQuery("SELECT i FROM ItemEntity i WHERE i.villageCode IN :codes ORDER BY i.villageCode, i.id",
                ItemEntity.class).setParameter("codes", codes).getResultList().stream().map(ItemEntity::toView).toList());
    }

    private ItemCategory validItem(ItemInput in, boolean update, LocalDate today) {
        Validator v = new Validator().require("category", in.category).require("name", in.name).maxLength("name", in.name, 200);
        money(v, "unitValue", in.unitValue, true);
        if (update) {
            v.require("version", in.version);
        }
        ItemCategory category = in.category == null ? null : org.jiceng.common.Params.enumOf(ItemCategory.class, "category", in.category);
        if (category != null && category.hasArea()) {
            v.require("area", in.area).check(in.area == null || in.area.signum() > 0 && in.area.compareTo(MAX_AMOUNT) < 0, "area",
                    "must be a positive area in square metres");
            v.check(in.quantity == null || in.quantity == 1, "quantity", "a building or ground is registered as one");
        } else if (category != null) {
            v.require("quantity", in.quantity).range("quantity", in.quantity, 0, 100_000).check(in.area == null, "area",
                    "equipment has no area");
        }
        LocalDate acquired = org.jiceng.common.Params.date("acquiredOn", in.acquiredOn);
        v.check(acquired == null || !acquired.isAfter(today), "acquiredOn", "must not be in the future");
        v.throwIfInvalid();
        return category;
    }

    private static void apply(ItemEntity e, ItemCategory category, ItemInput in) {
        e.category = category;
        e.name = in.name.trim();
        e.quantity = category.hasArea() ? 1 : in.quantity;
        e.area = category.hasArea() ? in.area.setScale(2, RoundingMode.HALF_UP) : null;
        e.unitValue = scaled(in.unitValue);
        e.acquiredOn = org.jiceng.common.Params.date("acquiredOn", in.acquiredOn);
    }

    /** An amount of yuan: not negative, below a hundred million, at most two decimals. */
    static void money(Validator v, String field, BigDecimal amount, boolean required) {
        if (required) {
            v.require(field, amount);
        }
        v.check(amount == null || amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT) < 0 && amount.stripTrailingZeros().scale() <= 2, field,
                "must be an amount of yuan from 0 to 100,000,000 with at most two decimals");
    }

    static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    VenueEntity load(EntityManager em, String code, long id) {
        return store.find(em, VenueEntity.class, id, "Venue", code, v -> v.villageCode);
    }
}
