package ${package}.internal;

import java.time.LocalDate;

import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Demo data, loaded by the core's demo loader (demo profile on) on its own thread as the system
 * caller: a couple of notes in the origin jurisdiction, created through the module's own service
 * so they pass the same rules as any other. It does nothing when the origin is not in the registry.
 * Resumable: the core does not run it again once a run completed, but a run cut short (the module
 * uninstalled while it loads) is run again, so each unit of work (here a note) is written only when
 * it is missing.
 */
@Component
public class DemoData implements DemoDataContributor {
    private final Notes notes;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Notes notes, @Reference JurisdictionService jurisdictions) {
        this.notes = notes;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String moduleId() {
        return Store.MODULE_ID;
    }

    @Override
    public void load(DemoDataRun run) {
        if (jurisdictions.find(Store.ORIGIN).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now();
        long written = notes.count();
        if (written < 1) {
            notes.create(Store.ORIGIN, "${nameZh}上线", "${nameEn}: installed and enabled.", today);
        }
        // Stop between units of work when the module is stopping: the core waits for this method to return.
        run.throwIfCancelled();
        if (written < 2) {
            notes.create(Store.ORIGIN, "示例记录", "A second note, so that paging and sorting have something to show.", today);
        }
    }
}
