package org.jiceng.core.audit.internal;

import java.time.Duration;
import java.util.List;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.eclipse.persistence.sessions.Session;
import org.jiceng.audit.AuditAction;
import org.jiceng.security.CallerContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches change capture to every persistence unit of the runtime — the core's and each module's,
 * as Aries JPA registers their {@link EntityManagerFactory} services — and detaches it when a unit
 * goes away. Modules do nothing to be audited.
 * <p>
 * Switching auditing off or on (configuration {@code org.jiceng.audit}) is itself appended to the
 * chain, also when the switch happened in the file while the server was down, so a stretch of
 * unrecorded writes is always visible in the trail.
 */
@Component(service = AuditTrail.class, immediate = true, configurationPid = AuditTrail.PID)
@Designate(ocd = AuditTrail.Config.class)
public class AuditTrail {
    public static final String PID = "org.jiceng.audit";
    private static final Duration CATCH_UP = Duration.ofSeconds(2);

    @ObjectClassDefinition(name = "Jiceng audit trail", description = "Records every write of every persistence unit in a hash chain.")
    public @interface Config {
        @AttributeDefinition(description = "Record writes. Switch off only to measure what auditing costs; the switch itself is recorded.")
        boolean enabled() default true;
    }

    private final Logger logger = LoggerFactory.getLogger(AuditTrail.class);
    private final DataSource dataSource;
    private final ServiceTracker<EntityManagerFactory, Attached> tracker;
    private final AuditChainer chainer;
    private volatile boolean recording;

    /** A unit with its listener, to detach exactly what was attached. */
    private record Attached(EntityManagerFactory emf, Session session, ChangeCapture capture) {
    }

    @Activate
    public AuditTrail(@Reference AuditStore store, @Reference(target = "(osgi.jndi.service.name=jiceng)") DataSource dataSource,
            BundleContext context, Config config) {
        // AuditStore is here for its migrations: the audit tables exist before the first capture.
        this.dataSource = dataSource;
        catchUpHead();
        switchTo(config.enabled());
        this.chainer = new AuditChainer(dataSource);
        this.tracker = new ServiceTracker<>(context, EntityManagerFactory.class, null) {
            @Override
            public Attached addingService(ServiceReference<EntityManagerFactory> reference) {
                return attach(context, reference);
            }

            @Override
            public void removedService(ServiceReference<EntityManagerFactory> reference, Attached attached) {
                attached.session().getEventManager().removeListener(attached.capture());
                context.ungetService(reference);
            }
        };
        tracker.open();
    }

    @Modified
    void modified(Config config) {
        switchTo(config.enabled());
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        chainer.close();
    }

    /**
     * Chains the entries of the writes committed so far before the trail is read, waiting at most {@link #CATCH_UP}:
     * longer only while a large transaction holds the chain's head, and then the trail is read as it is.
     */
    void catchUp() {
        chainer.catchUp(CATCH_UP);
    }

    public boolean recording() {
        return recording;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    private Attached attach(BundleContext context, ServiceReference<EntityManagerFactory> reference) {
        Object unitName = reference.getProperty("osgi.unit.name");
        EntityManagerFactory emf = context.getService(reference);
        if (emf == null) {
            return null;
        }
        try {
            Session session = emf.unwrap(Session.class);
            ChangeCapture capture = new ChangeCapture(unitName == null ? "?" : unitName.toString(), this::recording, chainer::wake);
            session.getEventManager().addListener(capture);
            logger.info("Audit trail attached to persistence unit {}", unitName);
            return new Attached(emf, session, capture);
        } catch (RuntimeException e) {
            // Not EclipseLink: no way to see its changes. Loud, because its writes go unrecorded.
            logger.error("Persistence unit {} cannot be audited: {}", unitName, e.toString());
            context.ungetService(reference);
            return null;
        }
    }

    /** See {@link AuditChain#catchUpHead}: before the first append, so it cannot collide with an entry the head lags behind. */
    private void catchUpHead() {
        long taken = inTransaction("Cannot read the audit chain's head", AuditChain::catchUpHead);
        if (taken > 0) {
            logger.warn("The audit chain's head lagged {} entries behind the trail (left so by an unclean stop of the embedded"
                    + " database); moved up to the last entry that links up, so audited writes go on", taken);
        }
    }

    private <T> T inTransaction(String failure, ChainTransaction.Work<T> work) {
        return ChainTransaction.run(dataSource, failure, work);
    }

    /** Turns recording on or off and appends the switch when it differs from the last recorded state. */
    private synchronized void switchTo(boolean enabled) {
        inTransaction("Cannot record the audit switch", c -> {
            AuditChain.Head head = AuditChain.lockHead(c);
            if (head.recording() != enabled) {
                AuditAction action = enabled ? AuditAction.AUDIT_ENABLED : AuditAction.AUDIT_DISABLED;
                PendingEntry entry = PendingEntry.by(CallerContext.current(), null, "audit", "AuditConfiguration", null, PID, action,
                        "{\"enabled\":" + head.recording() + "}", "{\"enabled\":" + enabled + "}");
                AuditChain.appendAfter(c, head, List.of(entry), enabled);
                logger.warn("Audit trail switched {}", enabled ? "on" : "off");
            }
            return null;
        });
        recording = enabled;
    }

    /** Appends entries of the core's own work in a transaction of their own (the demo data summary). */
    void appendStandalone(List<PendingEntry> entries) {
        if (recording) {
            inTransaction("Cannot append to the audit trail", c -> AuditChain.append(c, entries));
        }
    }

    /** Records an action that writes no table (a module installed or uninstalled). */
    void recordAction(AuditAction action, String unit, String entity, String entityId, String beforeJson, String afterJson) {
        appendStandalone(List.of(PendingEntry.by(CallerContext.current(), null, unit, entity, null, entityId, action, beforeJson, afterJson)));
    }

    /** Records that a data set was loaded as a whole; {@code counts} is a JSON object. */
    void recordDataLoaded(String what, String countsJson) {
        appendStandalone(List.of(PendingEntry.by(CallerContext.current(), null, "jiceng-core", what, null, null, AuditAction.DATA_LOADED, null,
                countsJson)));
    }
}
