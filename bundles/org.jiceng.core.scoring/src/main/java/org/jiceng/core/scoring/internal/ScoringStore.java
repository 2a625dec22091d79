package org.jiceng.core.scoring.internal;

import javax.persistence.EntityManagerFactory;

import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.persistence.Transactions;
import org.jiceng.registry.JurisdictionService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The scoring engine's persistence unit with its schema brought up to date first. Its tables refer
 * to the registry's jurisdictions, so it migrates once the registry is there (the reference to
 * {@link JurisdictionService}, which the registry registers after its own migrations).
 */
@Component(service = ScoringStore.class)
public class ScoringStore {
    /** The owner the engine's migrations are recorded under (before the split they were the core's V5 and V9). */
    public static final String OWNER = "scoring";

    private final Transactions transactions;

    @Activate
    public ScoringStore(@Reference(target = "(osgi.unit.name=jiceng-scoring)") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService registryMigrated, BundleContext context) {
        migrator.migrate(context.getBundle(), OWNER);
        this.transactions = new Transactions(emf);
    }

    public Transactions tx() {
        return transactions;
    }
}
