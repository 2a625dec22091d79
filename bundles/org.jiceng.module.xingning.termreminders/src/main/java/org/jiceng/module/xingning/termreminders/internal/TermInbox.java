package org.jiceng.module.xingning.termreminders.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.jiceng.module.ModuleRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Terms ending without a held election go to the inbox, where the module is enabled. */
@Component(service = InboxContributor.class)
public class TermInbox implements InboxContributor {
    private final TermReminders reminders;
    private final ModuleRegistry modules;

    @Activate
    public TermInbox(@Reference TermReminders reminders, @Reference ModuleRegistry modules) {
        this.reminders = reminders;
        this.modules = modules;
    }

    @Override
    public List<InboxItem> items(String jurisdictionCode, LocalDate until, int limit) {
        List<InboxItem> items = new ArrayList<>();
        if (!modules.isEnabled(TermReminders.MODULE_ID, jurisdictionCode)) {
            return items;
        }
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
