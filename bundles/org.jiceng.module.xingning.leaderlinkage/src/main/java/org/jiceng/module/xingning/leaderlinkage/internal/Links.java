package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The leaders' links for a year, their responsibility lists and their periodic checks. */
@Component(service = Links.class)
public class Links {
    static final Set<String> SORTABLE = Set.of("id", "kind", "linkedOn", "jurisdictionCode", "year");
    private static final Map<String, String> SORT = Map.of("id", "l.id", "kind", "l.kind", "linkedOn", "l.linkedOn", "jurisdictionCode",
            "l.jurisdictionCode", "year", "l.year");

    private final Store store;
    private final Places places;

    @Activate
    public Links(@Reference Store store, @Reference Places places) {
        this.store = store;
        this.places = places;
    }

    /** Body of POST /links. */
    public static class NewLink {
        public Long leaderId;
        public Integer year;
        public LinkKind kind;
        /** The town or village linked. */
        public String jurisdictionCode;
        public LocalDate linkedOn;
    }

    /** Body of POST /links/{linkId}/items: an item of the responsibility list. */
    public static class NewItem {
        public String title;
        public String responsibleUnit;
        public LocalDate dueOn;
        /** The link's version as read. */
        public Long version;
    }

    /** Body of POST /links/{linkId}/checks. */
    public static class NewCheck {
        public CheckKind kind;
        public LocalDate checkedOn;
        public String checkedBy;
        public String findings;
        /** Items of the link's list the check found done. */
        public List<Long> itemsDone;
        /** The link's version as read. */
        public Long version;
    }

    /**
     * Links a leader for a year to a town or village of the city; 422 leader-left, link-kind-taken, link-outside-county,
     * link-level-mismatch, village-not-poor, village-not-weak, village-already-linked.
     */
    public LinkView link(String code, NewLink in) {
        LocalDate today = store.today();
        new Validator().require("leaderId", in.leaderId).require("year", in.year).range("year", in.year, 2000, today.getYear() + 1)
                .require("kind", in.kind).require("jurisdictionCode", in.jurisdictionCode).maxLength("jurisdictionCode", in.jurisdictionCode, 12)
                .check(in.linkedOn == null || !in.linkedOn.isAfter(today), "linkedOn", "must not be in the future").throwIfInvalid();
        String county = store.countyWriting(code);
        int year = in.year;
        String target = in.jurisdictionCode.trim();
        LinkEntity created;
        try {
            created = store.tx().write(em -> {
                LeaderEntity leader = checkRules(em, county, in.leaderId, year, in.kind, target);
                Jurisdiction place = places.get(target);
                LinkEntity l = new LinkEntity();
                l.leaderId = leader.id;
                l.countyCode = county;
                l.year = year;
                l.kind = in.kind;
                l.jurisdictionCode = target;
                l.jurisdictionName = place.name();
                l.townshipCode = places.townshipOf(target);
                l.villageCode = in.kind.village() ? target : null;
                l.linkedOn = in.linkedOn == null ? today : in.linkedOn;
                l.linkedBy = Store.caller();
                em.persist(l);
                return l;
            });
        } catch (PersistenceException | ConflictException e) {
            // a link made meanwhile by another request took the kind or the village (the unique keys): say which rule, as
            // the checks would have said a moment later
            store.tx().read(em -> checkRules(em, county, in.leaderId, year, in.kind, target));
            throw e;
        }
        return store.tx().read(em -> Views.links(em, List.of(em.find(LinkEntity.class, created.id)), today).get(0));
    }

    /** The rules a new link follows, in the order a clerk would want to hear them; the leader linked. */
    private LeaderEntity checkRules(EntityManager em, String county, long leaderId, int year, LinkKind kind, String target) {
        LeaderEntity leader = store.find(em, LeaderEntity.class, leaderId, "Leader", county, l -> l.countyCode);
        LinkageRules.requireServing(leader.leftOn, year);
        List<LinkKind> kinds = em.createQuery("SELECT l.kind FROM LinkEntity l WHERE l.leaderId = :l AND l.year = :y", LinkKind.class)
                .setParameter("l", leader.id).setParameter("y", year).getResultList();
        LinkageRules.requireKindFree(kinds, kind, year);
        Jurisdiction place = places.get(target);
        LinkageRules.requirePlace(kind, places.within(target, county), place.level(), target);
        if (kind.village()) {
            boolean poor = kind == LinkKind.POOR_VILLAGE && !em
                    .createQuery("SELECT p.id FROM PoorVillageEntity p WHERE p.countyCode = :c AND p.year = :y AND p.villageCode = :v", Long.class)
                    .setParameter("c", county).setParameter("y", year).setParameter("v", target).getResultList().isEmpty();
            boolean weak = kind == LinkKind.WEAK_VILLAGE && places.weak(target);
            LinkageRules.requireVillageOfKind(kind, target, poor, weak, year);
            List<Long> taken = em
                    .createQuery("SELECT l.leaderId FROM LinkEntity l WHERE l.countyCode = :c AND l.year = :y AND l.villageCode = :v", Long.class)
                    .setParameter("c", county).setParameter("y", year).setParameter("v", target).getResultList();
            LinkageRules.requireVillageFree(target, taken.isEmpty() ? null : em.find(LeaderEntity.class, taken.get(0)).memberName, year);
        }
        return leader;
    }

    /** Adds an item to the link's responsibility list, due within the link's year. */
    public ItemView addItem(String code, long linkId, NewItem in) {
        long expected = Validator.requiredVersion(in.version);
        new Validator().require("title", in.title).maxLength("title", in.title, 300).require("responsibleUnit", in.responsibleUnit)
                .maxLength("responsibleUnit", in.responsibleUnit, 200).require("dueOn", in.dueOn).throwIfInvalid();
        ItemEntity created = store.tx().write(em -> {
            LinkEntity link = load(em, code, linkId);
            ConflictException.requireVersion("Link", linkId, link.version, expected);
            if (in.dueOn.getYear() != link.year) {
                throw new ValidationException("dueOn", "must lie in the link's year (" + link.year + ")");
            }
            ItemEntity i = new ItemEntity();
            i.linkId = link.id;
            i.jurisdictionCode = link.jurisdictionCode;
            i.title = in.title.trim();
            i.responsibleUnit = in.responsibleUnit.trim();
            i.dueOn = in.dueOn;
            i.addedBy = Store.caller();
            em.persist(i);
            link.itemCount++;
            return i;
        });
        return created.toView(store.today());
    }

    /** Body of PUT /items/{itemId}: the item corrected while it is open. */
    public static class ItemChange {
        public String title;
        public String responsibleUnit;
        public LocalDate dueOn;
        /** The item's version as read. */
        public Long version;
    }

    /** Corrects an item not yet found done (its wording, unit or day, still in the link's year); 422 item-already-done. */
    public ItemView changeItem(String code, long itemId, ItemChange in) {
        long expected = Validator.requiredVersion(in.version);
        new Validator().require("title", in.title).maxLength("title", in.title, 300).require("responsibleUnit", in.responsibleUnit)
                .maxLength("responsibleUnit", in.responsibleUnit, 200).require("dueOn", in.dueOn).throwIfInvalid();
        ItemEntity changed = store.tx().write(em -> {
            ItemEntity i = store.find(em, ItemEntity.class, itemId, "Item", code, it -> it.jurisdictionCode);
            ConflictException.requireVersion("Item", itemId, i.version, expected);
            if (i.doneOn != null) {
                throw new RuleViolationException(LinkageRules.RULE_ITEM_DONE,
                        "Item " + itemId + " was found done on " + i.doneOn + ": it is kept as checked");
            }
            int year = em.find(LinkEntity.class, i.linkId).year;
            if (in.dueOn.getYear() != year) {
                throw new ValidationException("dueOn", "must lie in the link's year (" + year + ")");
            }
            i.title = in.title.trim();
            i.responsibleUnit = in.responsibleUnit.trim();
            i.dueOn = in.dueOn;
            return i;
        });
        return changed.toView(store.today());
    }

    /** Records a check of the link and the items it found done; 422 item-not-of-link, item-already-done. */
    public CheckView check(String code, long linkId, NewCheck in) {
        long expected = Validator.requiredVersion(in.version);
        LocalDate today = store.today();
        List<Long> done = in.itemsDone == null ? List.of() : in.itemsDone;
        Validator v = new Validator().require("kind", in.kind).require("checkedOn", in.checkedOn)
                .check(in.checkedOn == null || !in.checkedOn.isAfter(today), "checkedOn", "must not be in the future")
                .require("checkedBy", in.checkedBy).maxLength("checkedBy", in.checkedBy, 200).require("findings", in.findings)
                .maxLength("findings", in.findings, 4000);
        for (int i = 0; i < done.size(); i++) {
            v.require("itemsDone[" + i + "]", done.get(i));
        }
        v.throwIfInvalid();
        CheckEntity created = store.tx().write(em -> {
            LinkEntity link = load(em, code, linkId);
            ConflictException.requireVersion("Link", linkId, link.version, expected);
            if (in.checkedOn.getYear() != link.year || in.checkedOn.isBefore(link.linkedOn)) {
                throw new ValidationException("checkedOn",
                        "must lie in the link's year (" + link.year + "), from the day it was made (" + link.linkedOn + ")");
            }
            CheckEntity c = new CheckEntity();
            c.linkId = link.id;
            c.jurisdictionCode = link.jurisdictionCode;
            c.kind = in.kind;
            c.checkedOn = in.checkedOn;
            c.checkedBy = in.checkedBy.trim();
            c.findings = in.findings.trim();
            c.recordedBy = Store.caller();
            em.persist(c);
            em.flush();
            for (Long itemId : done) {
                ItemEntity item = em.find(ItemEntity.class, itemId);
                if (item == null || item.linkId != link.id) {
                    throw new RuleViolationException(LinkageRules.RULE_ITEM_NOT_OF_LINK, "Item " + itemId + " is not on the list of link " + linkId);
                }
                if (item.doneOn != null) {
                    throw new RuleViolationException(LinkageRules.RULE_ITEM_DONE, "Item " + itemId + " was found done on " + item.doneOn);
                }
                item.doneOn = in.checkedOn;
                item.doneCheckId = c.id;
            }
            link.checkCount++;
            return c;
        });
        return store.tx().read(em -> Views.checks(em, List.of(em.find(CheckEntity.class, created.id))).get(0));
    }

    /** A link with its responsibility list and its checks. */
    public LinkView get(String code, long id) {
        LocalDate today = store.today();
        return store.tx().read(em -> {
            LinkEntity link = load(em, code, id);
            LinkView v = Views.links(em, List.of(link), today).get(0);
            v.responsibilityList = em.createQuery("SELECT i FROM ItemEntity i WHERE i.linkId = :l ORDER BY i.dueOn, i.id", ItemEntity.class)
                    .setParameter("l", id).getResultList().stream().map(i -> i.toView(today)).toList();
            v.checkList = Views.checks(em,
                    em.createQuery("SELECT c FROM CheckEntity c WHERE c.linkId = :l ORDER BY c.checkedOn, c.id", CheckEntity.class)
                            .setParameter("l", id)
                            .getResultList());
            return v;
        });
    }

    /** The links of the subtree's towns and villages by year, kind and leader. */
    public Page<LinkView> list(String code, Integer year, LinkKind kind, Long leaderId, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        LocalDate today = store.today();
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("LinkEntity", "l").where("l.jurisdictionCode IN :c", "c", codes).where("l.year = :y", "y", year)
                    .where("l.kind = :k", "k", kind).where("l.leaderId = :leader", "leader", leaderId);
            Page<LinkEntity> rows = q.page(em, LinkEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(Views.links(em, rows.items(), today), rows.page(), rows.size(), rows.total());
        });
    }

    /** Every link of a leader (of one year, or of all), by year and kind. */
    List<LinkView> ofLeader(long leaderId, Integer year) {
        LocalDate today = store.today();
        return store.tx().read(em -> {
            javax.persistence.TypedQuery<LinkEntity> q = em.createQuery(
                    "SELECT l FROM LinkEntity l WHERE l.leaderId = :l" + (year == null ? "" : " AND l.year = :y") + " ORDER BY l.year, l.kind",
                    LinkEntity.class).setParameter("l", leaderId);
            if (year != null) {
                q.setParameter("y", year);
            }
            List<LinkEntity> rows = new ArrayList<>(q.getResultList());
            return Views.links(em, rows, today);
        });
    }

    LinkEntity load(EntityManager em, String code, long id) {
        return store.find(em, LinkEntity.class, id, "Link", code, l -> l.jurisdictionCode);
    }
}
