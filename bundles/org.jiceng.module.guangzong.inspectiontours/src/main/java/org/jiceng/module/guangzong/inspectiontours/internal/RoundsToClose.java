package org.jiceng.module.guangzong.inspectiontours.internal;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Open rounds whose period ends by the inbox's horizon: the county follows their findings up and
 * closes them. The findings' own deadlines are the problems engine's inbox items already.
 */
@Component(service = InboxContributor.class)
public class RoundsToClose implements InboxContributor {
    private final Store store;

    @Activate
    public RoundsToClose(@Reference Store store) {
        this.store = store;
    }

    @Override
    public List<InboxItem> items(String code, LocalDate until, int limit) {
        List<String> codes = store.subtreeCodes(code);
        LocalDate today = store.today();
        List<RoundEntity> due = store.tx().read(em -> em.createQuery("SELECT r FROM RoundEntity r WHERE r.jurisdictionCode IN :codes"
                + " AND r.closedOn IS NULL AND r.endsOn <= :until ORDER BY r.endsOn, r.number", RoundEntity.class).setParameter("codes", codes)
                .setParameter("until", until).setMaxResults(limit).getResultList());
        return due.stream().map(r -> new InboxItem(Store.MODULE_ID, "round-to-close", String.valueOf(r.id), "第" + r.number + "轮巡察结束待收尾: " + r.title,
                r.jurisdictionCode, r.endsOn, r.endsOn.isBefore(today),
                "/jurisdictions/" + r.jurisdictionCode + "/" + Store.MODULE_ID + "/rounds/" + r.id)).toList();
    }
}
