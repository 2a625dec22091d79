package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts the responsibility lists' items not yet found done into the inbox once they fall due within its window, overdue
 * once their day passed (the core asks only where the module is enabled).
 */
@Component(service = InboxContributor.class)
public class LeaderLinkageInbox implements InboxContributor {
    static final String KIND_ITEM = "leader-linkage-item";

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
            for (Object[] row : rows) {
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
}
