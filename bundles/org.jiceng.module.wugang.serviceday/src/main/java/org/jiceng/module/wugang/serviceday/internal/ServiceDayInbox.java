package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Undecided applications whose promised deadline falls within the inbox's window go to the inbox,
 * overdue ones flagged (the core asks only where the module is enabled). The title names the matter
 * and the village, never the resident.
 */
@Component(service = InboxContributor.class)
public class ServiceDayInbox implements InboxContributor {
    static final String KIND = "service-day-application";

    private final Store store;
    private final Applications applications;

    @Activate
    public ServiceDayInbox(@Reference Store store, @Reference Applications applications) {
        this.store = store;
        this.applications = applications;
    }

    @Override
    public List<InboxItem> items(String jurisdictionCode, LocalDate until, int limit) {
        LocalDate today = store.today();
        List<InboxItem> items = new ArrayList<>();
        for (ApplicationView a : applications.dueBy(jurisdictionCode, until, limit)) {
            items.add(new InboxItem(Store.MODULE_ID, KIND, String.valueOf(a.id), "集中服务日代办: " + a.matterTypeZh + " — " + a.matter,
                    a.villageCode, a.deadline, a.deadline.isBefore(today),
                    "/jurisdictions/" + jurisdictionCode + "/" + Store.MODULE_ID + "/applications/" + a.id));
        }
        return items;
    }
}
