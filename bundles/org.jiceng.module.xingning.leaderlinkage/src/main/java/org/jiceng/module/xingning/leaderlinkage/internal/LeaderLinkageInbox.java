package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts into the inbox the links not yet checked in this quarter or the last (due on the quarter's last day) and the
 * responsibility lists' items not yet found done, once they fall due within its window, overdue once their day passed
 * (the core asks only where the module is enabled).
 */
@Component(service = InboxContributor.class)
public class LeaderLinkageInbox implements InboxContributor {
    static final String KIND_ITEM = "leader-linkage-item";
    static final String KIND_CHECK = "leader-linkage-check";

    private final Store store;

    @Activate
    public LeaderLinkageInbox(@Reference Store store) {
        this.store = store;
    }

    @Override
    public List<InboxItem> items(String jurisdictionCode, LocalDate until, int limit) {
        LocalDate today = store.today();
        List<String> codes = store.subtreeCodes(jurisdictionCode);
        String base = "/jurisdictions/" + jurisdictionCode + "/" + Store.MODULE_ID;
        return store.tx().read(em -> {
            List<Object[]> rows = em.createQuery("SELECT i, l, ld FROM ItemEntity i, LinkEntity l, LeaderEntity ld WHERE i.linkId = l.id"
                    + " AND l.leaderId = ld.id AND i.doneOn IS NULL AND i.dueOn <= :until AND i.jurisdictionCode IN :c ORDER BY i.dueOn, i.id",
                    Object[].class).setParameter("until", until).setParameter("c", codes).setMaxResults(limit).getResultList();
            List<InboxItem> items = new ArrayList<>();
            uncheckedLinks(em, codes, base, today, until, limit, items);
            for (Object[] row : rows) {
                if (items.size() >= limit) {
                    break;
                }
                ItemEntity i = (ItemEntity) row[0];
                LinkEntity l = (LinkEntity) row[1];
                LeaderEntity leader = (LeaderEntity) row[2];
                items.add(new InboxItem(Store.MODULE_ID, KIND_ITEM, String.valueOf(i.id),
                        "挂钩指导责任清单: " + leader.memberName + " " + l.jurisdictionName + " " + i.title, i.jurisdictionCode, i.dueOn,
                        i.dueOn.isBefore(today), base + "/links/" + l.id));
            }
            return items;
        });
    }

    /**
     * Links with no check yet in the quarter: this quarter's, due on its last day, and the last quarter's, overdue (each
     * link is checked at least once a quarter).
     */
    private static void uncheckedLinks(EntityManager em, List<String> codes, String base, LocalDate today, LocalDate until, int limit,
            List<InboxItem> items) {
        int quarter = LinkageRules.quarter(today);
        LocalDate thisStart = LinkageRules.quarterStart(today.getYear(), quarter);
        LocalDate lastStart = thisStart.minusMonths(3);
        for (LocalDate start : List.of(lastStart, thisStart)) {
            LocalDate end = start.plusMonths(3).minusDays(1);
            if (end.isAfter(until)) {
                continue;
            }
            List<Object[]> rows = em
                    .createQuery("SELECT l, ld FROM LinkEntity l, LeaderEntity ld WHERE l.leaderId = ld.id AND l.jurisdictionCode IN :c"
                            + " AND l.year = :y AND l.linkedOn <= :end AND (ld.leftOn IS NULL OR ld.leftOn >= :start) AND NOT EXISTS"
                            + " (SELECT c.id FROM CheckEntity c WHERE c.linkId = l.id AND c.checkedOn >= :start AND c.checkedOn <= :end) ORDER BY l.id",
                            Object[].class)
                    .setParameter("c", codes).setParameter("y", start.getYear()).setParameter("start", start).setParameter("end", end)
                    .setMaxResults(limit).getResultList();
            for (Object[] row : rows) {
                if (items.size() >= limit) {
                    return;
                }
                LinkEntity l = (LinkEntity) row[0];
                LeaderEntity leader = (LeaderEntity) row[1];
                int q = LinkageRules.quarter(start);
                items.add(new InboxItem(Store.MODULE_ID, KIND_CHECK, l.id + "/" + start.getYear() + "-Q" + q,
                        "挂钩指导季度检查: " + leader.memberName + " " + l.jurisdictionName + " " + start.getYear() + "年第" + q + "季度", l.jurisdictionCode,
                        end,
                        end.isBefore(today), base + "/links/" + l.id));
            }
        }
    }
}
