package ${package}.internal;

import javax.persistence.EntityManagerFactory;

import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.registry.JurisdictionService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's data. Activating it runs the module's migrations (db/migration) before any other
 * component of the module can touch a table, because they all reference this one.
 */
@Component(service = Store.class)
public class Store {
    /** The module id: also the persistence unit's name and the first segment of every REST path. */
    public static final String MODULE_ID = "${moduleId}";
    /** Division code of the jurisdiction that invented the system; its demo data lives there. */
    public static final String ORIGIN = "${origin}";

    final ModuleStore module;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory unit,
            @Reference SchemaMigrator migrator, @Reference JurisdictionService jurisdictions, BundleContext context) {
        this.module = new ModuleStore(context.getBundle(), unit, migrator, jurisdictions);
    }
}
