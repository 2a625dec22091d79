package org.jiceng.core.procedures.internal;

import javax.persistence.EntityManagerFactory;

import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.persistence.Transactions;
import org.jiceng.registry.JurisdictionService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The procedures engine's persistence unit with its schema brought up to date first. Its tables refer to
 * the registry's jurisdictions, so it migrates once the registry is there (the reference to
 * {@link JurisdictionService}, which the registry registers after its own migrations).
 */
@Component(service = ProcedureStore.class)
public class ProcedureStore {
    /** The owner the engine's migrations are recorded under (before the split it was the core's). */
    public static final String OWNER = "procedures";

    private final Transactions transactions;

    @Activate
    public ProcedureStore(@Reference(target = "(osgi.unit.name=jiceng-procedures)") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService registryMigrated, BundleContext context) {
        migrator.migrate(context.getBundle(), OWNER);
        this.transactions = new Transactions(emf);
    }

    public Transactions tx() {
        return transactions;
    }
}
