package org.jiceng.core.events.internal;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.persistence.Transactions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The events bundle's tables brought up to date first: the outbox, subscriptions, deliveries and
 * attempts. Nothing in them refers to another owner's tables, so it migrates as soon as the
 * migrator is there, and the engines that publish wait for it.
 */
@Component(service = EventsStore.class)
public class EventsStore {
    public static final String OWNER = "events";

    private final Transactions transactions;
    private final DataSource dataSource;

    @Activate
    public EventsStore(@Reference(target = "(osgi.unit.name=jiceng-events)") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference(target = "(osgi.jndi.service.name=jiceng)") DataSource dataSource, BundleContext context) {
        migrator.migrate(context.getBundle(), OWNER);
        this.transactions = new Transactions(emf);
        this.dataSource = dataSource;
    }

    /** Transactions over the subscriptions (audited). */
    public Transactions tx() {
        return transactions;
    }

    /** The database, for the relay's and the deliveries' plain JDBC. */
    public DataSource dataSource() {
        return dataSource;
    }
}
