package org.jiceng.core.duties.internal;

import javax.persistence.EntityManagerFactory;

import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.persistence.Transactions;
import org.jiceng.registry.JurisdictionService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The pledges and duty-reports engine's persistence unit with its schema brought up to date first. Its tables refer to
 * the registry's jurisdictions, so it migrates once the registry is there (the reference to
 * {@link JurisdictionService}, which the registry registers after its own migrations).
 */
@Component(service = DutyStore.class)
public class DutyStore {
    /** The owner the engine's migrations are recorded under. */
    public static final String OWNER = "duties";

    private final Transactions transactions;

    @Activate
    public DutyStore(@Reference(target = "(osgi.unit.name=jiceng-duties)") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService registryMigrated, BundleContext context) {
        migrator.migrate(context.getBundle(), OWNER);
        this.transactions = new Transactions(emf);
    }

    public Transactions tx() {
        return transactions;
    }
}
