package org.jiceng.core.registry.internal;

import javax.persistence.EntityManagerFactory;

import org.jiceng.audit.AuditService;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.persistence.Transactions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.LoggerFactory;

/**
 * The core's persistence unit with its schema brought up to date first: every registry service
 * goes through this, so no query can run against a schema that is not migrated yet, and no write
 * happens before the audit trail is attached to every unit (the audit service is registered once
 * it is; every other unit's store waits for the registry). Reads a replica may serve go to the
 * replica's unit ({@code jiceng-core-replica}) while there is one.
 */
@Component(service = CoreStore.class)
public class CoreStore {
    public static final String OWNER = "core";

    private final Transactions transactions;
    private final SchemaMigrator migrator;
    private final Subtree subtree;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, target = "(osgi.unit.name=jiceng-core-replica)")
    private volatile EntityManagerFactory replica;

    @Activate
    public CoreStore(@Reference(target = "(osgi.unit.name=jiceng-core)") EntityManagerFactory emf,
            @Reference SchemaMigrator migrator, @Reference AuditService auditAttached, BundleContext context) {
        this.migrator = migrator;
        migrator.migrate(context.getBundle(), OWNER);
        this.transactions = new Transactions(emf, () -> replica);
        this.subtree = Subtree.forDatabase(migrator.databaseProduct());
        int placed = transactions.write(MemberCounties::placeUnplaced);
        if (placed > 0) {
            LoggerFactory.getLogger(CoreStore.class).info("Placed {} members written without their county (by a node of an earlier version)", placed);
        }
    }

    public Transactions tx() {
        return transactions;
    }

    /** How the registry's queries keep the records of a jurisdiction's subtree, on this database. */
    public Subtree subtree() {
        return subtree;
    }

    public SchemaMigrator migrator() {
        return migrator;
    }
}
