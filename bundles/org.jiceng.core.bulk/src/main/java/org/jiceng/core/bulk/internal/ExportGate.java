package org.jiceng.core.bulk.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/**
 * Limits the XLSX exports written at once: each walks a whole list and keeps a spreadsheet
 * window, so a burst of them is refused (429) rather than let to share the heap with everyone.
 */
@Component(service = ExportGate.class, configurationPid = BulkConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ExportGate {
    private final AtomicInteger running = new AtomicInteger();
    private volatile BulkConfig config;

    @Activate
    public ExportGate(BulkConfig config) {
        this.config = config;
    }

    @Modified
    void modified(BulkConfig changed) {
        this.config = changed;
    }

    Ticket admit() {
        BulkConfig c = config;
        return Ticket.take(running, c.maxRunningExports(), "exports", c.retryAfterSeconds());
    }
}
