package org.jiceng.module.xingning.termreminders.internal;

import java.time.LocalDate;

import org.jiceng.module.ModuleRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the due reminders every morning in every jurisdiction where the module is enabled. Run by
 * Karaf's scheduler (whiteboard: a Runnable with {@code scheduler.expression}); the time can be
 * changed with the {@code scheduler.expression} property of this component's configuration.
 */
@Component(service = Runnable.class, configurationPid = "org.jiceng.module.xingning.termreminders.job", property = {
        "scheduler.name=xingning-term-reminders-daily", "scheduler.expression=0 0 7 * * ?",
        "scheduler.concurrent:Boolean=false"})
public class DailyReminderJob implements Runnable {
    private final Logger logger = LoggerFactory.getLogger(DailyReminderJob.class);

    private final TermReminders reminders;
    private final ModuleRegistry modules;

    @Activate
    public DailyReminderJob(@Reference TermReminders reminders, @Reference ModuleRegistry modules) {
        this.reminders = reminders;
        this.modules = modules;
    }

    @Override
    public void run() {
        LocalDate today = LocalDate.now();
        for (String code : modules.enabledJurisdictions(TermReminders.MODULE_ID)) {
            try {
                int created = reminders.generate(code, today);
                logger.info("Term reminders for {}: {} sent", code, created);
            } catch (RuntimeException e) {
                logger.error("Term reminders for {} failed", code, e);
            }
        }
    }
}
