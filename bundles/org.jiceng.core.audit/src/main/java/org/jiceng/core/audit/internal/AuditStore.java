package org.jiceng.core.audit.internal;

import javax.persistence.EntityManagerFactory;

import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.persistence.Transactions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The audit trail's persistence unit with its schema brought up to date first. Its tables refer to
 * nothing else, so it migrates before the registry: the registry's store waits for the audit
 * service, and no write of any unit happens before the trail is attached.
 */
@Component(service = AuditStore.class)
public class AuditStore {
    /** The owner the trail's migrations are recorded under (before the split it was the core's V11). */
    public static final String OWNER = "audit";

    private final Transactions transactions;

    @Activate
    public AuditStore(@Reference(target = "(osgi.unit.name=jiceng-audit)") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            BundleContext context) {
        migrator.migrate(context.getBundle(), OWNER);
        this.transactions = new Transactions(emf);
    }

    public Transactions tx() {
        return transactions;
    }
}
