package org.jiceng.core.security.internal.accounts;

import javax.persistence.EntityManagerFactory;

import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.persistence.Transactions;
import org.jiceng.registry.JurisdictionService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The accounts' persistence unit with its schema brought up to date first. An account's
 * jurisdiction refers to the registry's, so it migrates once the registry is there (the reference
 * to {@link JurisdictionService}, which the registry registers after its own migrations).
 */
@Component(service = AccountStore.class)
public class AccountStore {
    /** The owner the accounts' migrations are recorded under (before the split it was the core's V10). */
    public static final String OWNER = "security";

    private final Transactions transactions;

    @Activate
    public AccountStore(@Reference(target = "(osgi.unit.name=jiceng-security)") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService registryMigrated, BundleContext context) {
        migrator.migrate(context.getBundle(), OWNER);
        this.transactions = new Transactions(emf);
    }

    public Transactions tx() {
        return transactions;
    }
}
