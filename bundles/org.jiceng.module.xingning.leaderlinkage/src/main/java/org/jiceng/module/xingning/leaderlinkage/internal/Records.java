package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The items of the responsibility lists and the checks, read across links (by year, state, quarter, leader). */
@Component(service = Records.class)
public class Records {
    static final Set<String> ITEM_SORTABLE = Set.of("id", "dueOn", "doneOn");
    static final Set<String> CHECK_SORTABLE = Set.of("id", "checkedOn");
    private static final Map<String, String> ITEM_SORT = Map.of("id", "i.id", "dueOn", "i.dueOn", "doneOn", "i.doneOn");
    private static final Map<String, String> CHECK_SORT = Map.of("id", "c.id", "checkedOn", "c.checkedOn");

    private final Store store;

    @Activate
    public Records(@Reference Store store) {
        this.store = store;
    }

    /** Items of the subtree's links by year, link and state (as of today), by due date. */
    public Page<ItemView> items(String code, Integer year, Long linkId, ItemState state, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        LocalDate today = store.today();
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("ItemEntity", "i").where("i.jurisdictionCode IN :c", "c", codes)
                    .where("i.linkId IN (SELECT l.id FROM LinkEntity l WHERE l.year = :y)", "y", year).where("i.linkId = :link", "link", linkId);
            if (state == ItemState.DONE) {
                q.where("i.doneOn IS NOT NULL AND i.doneOn <= i.dueOn");
            } else if (state == ItemState.DONE_LATE) {
                q.where("i.doneOn IS NOT NULL AND i.doneOn > i.dueOn");
            } else if (state == ItemState.OVERDUE) {
                q.where("i.doneOn IS NULL AND i.dueOn < :today", "today", today);
            } else if (state == ItemState.OPEN) {
                q.where("i.doneOn IS NULL AND i.dueOn >= :today", "today", today);
            }
            Page<ItemEntity> rows = q.page(em, ItemEntity.class,
                    page.withDefaultOrder(new PageRequest.Order("dueOn", true), new PageRequest.Order("id", true)), ITEM_SORT);
            return new Page<>(rows.items().stream().map(i -> i.toView(today)).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    public ItemView item(String code, long id) {
        LocalDate today = store.today();
        return store.tx().read(em -> store.find(em, ItemEntity.class, id, "Item", code, i -> i.jurisdictionCode).toView(today));
    }

    /** Checks of the subtree's links by year, quarter, leader and link, by day. */
    public Page<CheckView> checks(String code, Integer year, Integer quarter, Long leaderId, Long linkId, PageRequest page) {
        new Validator().range("quarter", quarter, 1, 4).check(quarter == null || year != null, "quarter", "needs a year").throwIfInvalid();
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("CheckEntity", "c").where("c.jurisdictionCode IN :c", "c", codes)
                    .where("c.linkId IN (SELECT l.id FROM LinkEntity l WHERE l.year = :y)", "y", year)
                    .where("c.linkId IN (SELECT l2.id FROM LinkEntity l2 WHERE l2.leaderId = :leader)", "leader", leaderId)
                    .where("c.linkId = :link", "link", linkId);
            if (quarter != null) {
                LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
                q.where("c.checkedOn >= :from", "from", from).where("c.checkedOn < :to", "to", from.plusMonths(3));
            }
            Page<CheckEntity> rows = q.page(em, CheckEntity.class,
                    page.withDefaultOrder(new PageRequest.Order("checkedOn", true), new PageRequest.Order("id", true)), CHECK_SORT);
            return new Page<>(Views.checks(em, rows.items()), rows.page(), rows.size(), rows.total());
        });
    }

    public CheckView check(String code, long id) {
        return store.tx().read(em -> Views.checks(em, List.of(store.find(em, CheckEntity.class, id, "Check", code, c -> c.jurisdictionCode))).get(0));
    }
}
