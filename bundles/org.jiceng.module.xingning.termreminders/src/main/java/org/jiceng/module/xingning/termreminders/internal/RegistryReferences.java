package org.jiceng.module.xingning.termreminders.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry organizations: reminders (the organization whose term ends and the one reminding it). */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference TermReminders store) {
        super(store.kit(), Map.of(), Map
                .of("SELECT COUNT(r) FROM ReminderEntity r WHERE r.organizationId = :id OR r.reminderOrganizationId = :id", "term reminder(s)"));
    }
}
