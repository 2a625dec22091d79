package org.jiceng.module.xingning.termreminders.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Terms ending without a held election go to the inbox (the core asks only where the module is enabled). */
@Component(service = InboxContributor.class)
public class TermInbox implements InboxContributor {
    private final TermReminders reminders;

    @Activate
    public TermInbox(@Reference TermReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public List<InboxItem> items(String jurisdictionCode, LocalDate until, int limit) {
        List<InboxItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (ExpiringTerm t : reminders.expiring(jurisdictionCode, null, today)) {
            if (items.size() >= limit || t.termEnd.isAfter(until) || t.reply == Reply.ELECTION_HELD) {
                continue;
            }
            items.add(new InboxItem(TermReminders.MODULE_ID, "term-election", String.valueOf(t.organizationId), "按期换届: " + t.organizationName,
                    t.jurisdictionCode, t.termEnd, t.overdue, "/jurisdictions/" + jurisdictionCode + "/" + TermReminders.MODULE_ID + "/expiring"));
        }
        return items;
    }
}
