package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Puts supervisors' monthly supervision records that are due or overdue into the inbox (the core asks only where the module is enabled). */
@Component(service = InboxContributor.class)
public class SupervisionInbox implements InboxContributor {
    private final Operation operation;

    @Activate
    public SupervisionInbox(@Reference Operation operation) {
        this.operation = operation;
    }

    @Override
    public List<InboxItem> items(String jurisdictionCode, LocalDate until, int limit) {
        List<InboxItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now();
        // A dispatch year can run into the next calendar year's first weeks of grace: look at last year too.
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            for (OverdueSupervision s : operation.overdue(jurisdictionCode, year, until.plusDays(1))) {
                if (items.size() >= limit) {
                    return items;
                }
                items.add(new InboxItem(Store.MODULE_ID, "monthly-supervision", s.dispatchId() + "/" + s.month(),
                        "监督员月度督导: " + s.name() + " " + s.domain().zh() + "领域 " + s.month(), s.jurisdictionCode(), s.dueDate(),
                        s.dueDate().isBefore(today),
                        "/jurisdictions/" + jurisdictionCode + "/" + Store.MODULE_ID + "/supervisions/overdue?year=" + year));
            }
        }
        return items;
    }
}
