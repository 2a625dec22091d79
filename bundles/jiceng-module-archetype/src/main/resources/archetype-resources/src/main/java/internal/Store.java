package ${package}.internal;

import javax.persistence.EntityManagerFactory;

import org.jiceng.module.kit.AddressedRecords;
import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.registry.JurisdictionService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's data: the kit's ModuleStore (transactions, caller, subtree scope) under the module's
 * own names. Activating it runs the module's migrations (db/migration) before any other component
 * of the module can touch a table, because they all reference this one. Published as
 * {@link AddressedRecords} too: the core checks every record a path addresses by id (declared with
 * {@code addresses}) against the path's jurisdiction before a resource reads the body.
 */
@Component(service = {Store.class, AddressedRecords.class})
public class Store extends ModuleStore {
    /** The module id: also the persistence unit's name and the first segment of every REST path. */
    public static final String MODULE_ID = "${moduleId}";
    /** Division code of the jurisdiction that invented the system; its demo data lives there. */
    public static final String ORIGIN = "${origin}";

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory unit,
            @Reference SchemaMigrator migrator, @Reference JurisdictionService jurisdictions, BundleContext context) {
        super(context.getBundle(), unit, migrator, jurisdictions);
        addresses("notes", NoteEntity.class, "Note", n -> n.jurisdictionCode);
    }
}
