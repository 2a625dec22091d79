package org.jiceng.core.inbox.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.cluster.ClusterJobs;
import org.jiceng.common.PageRequest;
import org.jiceng.events.EventOutbox;
import org.jiceng.inbox.InboxEvents;
import org.jiceng.inbox.InboxItem;
import org.jiceng.inbox.InboxService;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engines' daily job on Karaf's scheduler: for every county, the overdue items of the inbox are
 * posted as one {@code org/jiceng/inbox/OVERDUE} event, which reminder channels (SMS, mail,
 * upper-level systems) subscribe to. The time is the {@code scheduler.expression} of this
 * component's configuration. Every node fires; one of them sweeps ({@link ClusterJobs}).
 */
@Component(service = Runnable.class, configurationPid = "org.jiceng.inbox.sweep", property = {"scheduler.name=jiceng-overdue-sweep",
        "scheduler.expression=0 30 6 * * ?", "scheduler.concurrent:Boolean=false"})
public class OverdueSweep implements Runnable {
    private final Logger logger = LoggerFactory.getLogger(OverdueSweep.class);

    private final InboxService inbox;
    private final JurisdictionService jurisdictions;
    private final EventOutbox events;
    private final ClusterJobs jobs;

    @Activate
    public OverdueSweep(@Reference InboxService inbox, @Reference JurisdictionService jurisdictions, @Reference EventOutbox events,
            @Reference ClusterJobs jobs) {
        this.inbox = inbox;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.jobs = jobs;
    }

    @Override
    public void run() {
        jobs.runScheduled("jiceng-overdue-sweep", this::sweep);
    }

    private void sweep() {
        for (Jurisdiction root : jurisdictions.list(null, null, PageRequest.first(PageRequest.MAX_SIZE)).items()) {
            for (Jurisdiction county : jurisdictions.subtree(root.code(), JurisdictionLevel.COUNTY, PageRequest.first(PageRequest.MAX_SIZE))
                    .items()) {
                List<InboxItem> overdue = inbox.items(county.code(), 0).stream().filter(InboxItem::overdue).toList();
                if (!overdue.isEmpty()) {
                    Map<String, Object> props = new HashMap<>();
                    props.put(InboxEvents.JURISDICTION_CODE, county.code());
                    props.put(InboxEvents.COUNT, overdue.size());
                    props.put(InboxEvents.SOURCES, overdue.stream().map(InboxItem::source).distinct().toList());
                    events.publish(InboxEvents.OVERDUE, props);
                    logger.info("Overdue in {}: {} item(s)", county.code(), overdue.size());
                }
            }
        }
    }
}
