package org.jiceng.module.xingning.termreminders.internal;

import java.time.LocalDate;

import org.jiceng.cluster.ClusterJobs;
import org.jiceng.module.ModuleRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the due reminders every morning in every jurisdiction where the module is enabled. Run by
 * Karaf's scheduler (whiteboard: a Runnable with {@code scheduler.expression}); the time can be
 * changed with the {@code scheduler.expression} property of this component's configuration. Every
 * node fires; one of them sends ({@link ClusterJobs}), so nobody is reminded twice.
 */
@Component(service = Runnable.class, configurationPid = "org.jiceng.module.xingning.termreminders.job", property = {
        "scheduler.name=xingning-term-reminders-daily", "scheduler.expression=0 0 7 * * ?",
        "scheduler.concurrent:Boolean=false"})
public class DailyReminderJob implements Runnable {
    private final Logger logger = LoggerFactory.getLogger(DailyReminderJob.class);

    private final TermReminders reminders;
    private final ModuleRegistry modules;
    private final ClusterJobs jobs;

    @Activate
    public DailyReminderJob(@Reference TermReminders reminders, @Reference ModuleRegistry modules, @Reference ClusterJobs jobs) {
        this.reminders = reminders;
        this.modules = modules;
        this.jobs = jobs;
    }

    @Override
    public void run() {
        jobs.runScheduled("xingning-term-reminders-daily", this::sendDue);
    }

    private void sendDue() {
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
