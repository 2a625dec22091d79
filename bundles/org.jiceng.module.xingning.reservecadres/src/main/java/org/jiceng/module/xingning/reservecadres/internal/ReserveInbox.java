package org.jiceng.module.xingning.reservecadres.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Villages whose 123 is incomplete for the current term go to the inbox once it is due (the core asks only where the module is enabled). */
@Component(service = InboxContributor.class)
public class ReserveInbox implements InboxContributor {
    static final String KIND = "reserve-123-incomplete";

    private final Villages villages;

    @Activate
    public ReserveInbox(@Reference Villages villages) {
        this.villages = villages;
    }

    @Override
    public List<InboxItem> items(String jurisdictionCode, LocalDate until, int limit) {
        LocalDate today = LocalDate.now();
        List<InboxItem> items = new ArrayList<>();
        for (VillageSlots s : villages.vacancies(jurisdictionCode, null)) {
            if (items.size() >= limit) {
                break;
            }
            if (s.dueOn == null || s.dueOn.isAfter(until)) {
                continue;
            }
            String title = "后备干部123工程未配齐: " + s.villageName + " 缺书记后备" + s.missingSecretaryReserves + "名、两委后备" + s.missingCommitteeReserves
                    + "名、入党积极分子" + s.missingActivists + "名";
            items.add(new InboxItem(Store.MODULE_ID, KIND, s.villageCode + "/" + s.termStart, title, s.villageCode, s.dueOn,
                    Villages.overdue(s, today), "/jurisdictions/" + jurisdictionCode + "/" + Store.MODULE_ID + "/vacancies?town=" + s.townCode));
        }
        return items;
    }
}
