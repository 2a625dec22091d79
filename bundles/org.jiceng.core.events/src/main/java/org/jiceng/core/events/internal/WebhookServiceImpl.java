package org.jiceng.core.events.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.events.DeliveryAttempt;
import org.jiceng.events.DeliveryStatus;
import org.jiceng.events.EventTopic;
import org.jiceng.events.WebhookDelivery;
import org.jiceng.events.WebhookDraft;
import org.jiceng.events.WebhookService;
import org.jiceng.events.WebhookSubscription;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.security.AccessControl;
import org.jiceng.security.Caller;
import org.jiceng.security.CallerContext;
import org.jiceng.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Subscriptions (JPA, audited) and their deliveries (the worker's tables, read and requeued with
 * JDBC). Every method checks the caller first: administrators see everything, jurisdiction
 * administrators and integration accounts only the subscriptions they created, inside their subtree.
 */
@Component(service = WebhookService.class)
public class WebhookServiceImpl implements WebhookService {
    static final int MAX_TOPICS = 50;

    private final EventsStore store;
    private final DeliveryWorker worker;
    private final AccessControl access;
    private final JurisdictionService jurisdictions;

    @Activate
    public WebhookServiceImpl(@Reference EventsStore store, @Reference DeliveryWorker worker, @Reference AccessControl access,
            @Reference JurisdictionService jurisdictions) {
        this.store = store;
        this.worker = worker;
        this.access = access;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public List<EventTopic> topics() {
        return EventCatalogue.core();
    }

    @Override
    public Page<WebhookSubscription> list(PageRequest page) {
        Caller caller = manager();
        return store.tx().read(em -> {
            String where = caller.unrestricted() ? "" : " WHERE s.owner = :owner";
            TypedQuery<SubscriptionEntity> q = em.createQuery("SELECT s FROM WebhookSubscriptionEntity s" + where + " ORDER BY s.id",
                    SubscriptionEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM WebhookSubscriptionEntity s" + where, Long.class);
            if (!caller.unrestricted()) {
                q.setParameter("owner", caller.username());
                count.setParameter("owner", caller.username());
            }
            List<WebhookSubscription> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(SubscriptionEntity::toDto).toList();
            return new Page<>(items, page.page(), page.size(), count.getSingleResult());
        });
    }

    @Override
    public WebhookSubscription get(long id) {
        Caller caller = manager();
        return store.tx().read(em -> load(em, caller, id).toDto());
    }

    @Override
    public WebhookSubscription create(WebhookDraft draft) {
        Caller caller = manager();
        Checked checked = check(caller, draft, false);
        return store.tx().write(em -> {
            SubscriptionEntity s = new SubscriptionEntity();
            apply(s, checked);
            s.owner = caller.username();
            s.secret = Signature.newSecret();
            s.createdAt = OutboxRelay.now();
            em.persist(s);
            em.flush();
            return s.toDtoWithSecret();
        });
    }

    @Override
    public WebhookSubscription replace(long id, WebhookDraft draft) {
        Caller caller = manager();
        long version = Validator.requiredVersion(draft.version());
        Checked checked = check(caller, draft, true);
        return store.tx().write(em -> {
            SubscriptionEntity s = load(em, caller, id);
            ConflictException.requireVersion("Webhook subscription", id, s.version, version);
            apply(s, checked);
            em.flush();
            return s.toDto();
        });
    }

    @Override
    public WebhookSubscription renewSecret(long id) {
        Caller caller = manager();
        return store.tx().write(em -> {
            SubscriptionEntity s = load(em, caller, id);
            s.secret = Signature.newSecret();
            em.flush();
            return s.toDtoWithSecret();
        });
    }

    @Override
    public void delete(long id) {
        Caller caller = manager();
        store.tx().run(em -> em.remove(load(em, caller, id)));
    }

    @Override
    public Page<WebhookDelivery> deliveries(long subscriptionId, DeliveryStatus status, PageRequest page) {
        get(subscriptionId);
        String where = " WHERE subscription_id = ?" + (status == null ? "" : " AND status = ?");
        try (Connection c = store.dataSource().getConnection()) {
            long total;
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM webhook_delivery" + where)) {
                bind(p, subscriptionId, status);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            List<WebhookDelivery> items = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery" + where
                    + " ORDER BY id DESC OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.size() + " ROWS ONLY")) {
                bind(p, subscriptionId, status);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        items.add(delivery(r, List.of()));
                    }
                }
            }
            return new Page<>(items, page.page(), page.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the deliveries: " + e.getMessage(), e);
        }
    }

    @Override
    public WebhookDelivery delivery(long subscriptionId, long deliveryId) {
        get(subscriptionId);
        return deliveryOf(subscriptionId, deliveryId);
    }

    @Override
    public WebhookDelivery redeliver(long subscriptionId, long deliveryId) {
        get(subscriptionId);
        if (requeue("id = ? AND subscription_id = ?", deliveryId, subscriptionId) == 0) {
            throw new NotFoundException("WebhookDelivery", deliveryId);
        }
        return deliveryOf(subscriptionId, deliveryId);
    }

    @Override
    public int redeliverDead(long subscriptionId) {
        get(subscriptionId);
        return requeue("subscription_id = ? AND status = 'DEAD'", subscriptionId);
    }

    /**
     * Puts the deliveries {@code where} selects back in the queue for an attempt now, with a fresh
     * count of attempts, and logs who asked; returns how many.
     */
    private int requeue(String where, long... parameters) {
        String by = CallerContext.current().username();
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Long> ids = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT id FROM webhook_delivery WHERE " + where + " ORDER BY id FOR UPDATE")) {
                    for (int i = 0; i < parameters.length; i++) {
                        p.setLong(i + 1, parameters[i]);
                    }
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            ids.add(r.getLong(1));
                        }
                    }
                }
                Timestamp now = Timestamp.valueOf(OutboxRelay.now());
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ? WHERE id = ?");
                        PreparedStatement log = c.prepareStatement(
                                "INSERT INTO webhook_attempt (delivery_id, attempted_at, millis, redelivered_by) VALUES (?, ?, 0, ?)")) {
                    for (long id : ids) {
                        update.setTimestamp(1, now);
                        update.setLong(2, id);
                        update.addBatch();
                        log.setLong(1, id);
                        log.setTimestamp(2, now);
                        log.setString(3, by);
                        log.addBatch();
                    }
                    if (!ids.isEmpty()) {
                        update.executeBatch();
                        log.executeBatch();
                    }
                }
                c.commit();
                if (!ids.isEmpty()) {
                    worker.nudge();
                }
                return ids.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot redeliver: " + e.getMessage(), e);
        }
    }

    /** A delivery of the subscription with its attempts (the caller's access already checked). */
    private WebhookDelivery deliveryOf(long subscriptionId, long deliveryId) {
        try (Connection c = store.dataSource().getConnection()) {
            return readDelivery(c, subscriptionId, deliveryId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the delivery: " + e.getMessage(), e);
        }
    }

    /** The caller, when it may manage subscriptions at all. */
    private Caller manager() {
        access.requireRole(Role.JURISDICTION_ADMIN, Role.INTEGRATION);
        return CallerContext.current();
    }

    /** The subscription, when the caller may see it; otherwise 404 as if it did not exist. */
    private static SubscriptionEntity load(EntityManager em, Caller caller, long id) {
        SubscriptionEntity s = em.find(SubscriptionEntity.class, id);
        if (s == null || !(caller.unrestricted() || caller.username().equals(s.owner))) {
            throw new NotFoundException("WebhookSubscription", id);
        }
        return s;
    }

    /** A draft checked: its values trimmed, its jurisdiction resolved. */
    private record Checked(String url, String jurisdictionCode, List<String> topics, String description, boolean active) {
    }

    private Checked check(Caller caller, WebhookDraft draft, boolean replacing) {
        List<String> topics = draft.topics() == null ? List.of() : draft.topics().stream().map(t -> t == null ? "" : t.trim()).toList();
        Validator v = new Validator().require("url", blankToNull(draft.url())).maxLength("url", draft.url(), 2000)
                .check(!topics.isEmpty(), "topics", "name at least one topic, or a prefix such as org/jiceng/problem/*")
                .check(topics.size() <= MAX_TOPICS, "topics", "at most " + MAX_TOPICS)
                .maxLength("description", draft.description(), 500);
        for (String t : topics) {
            v.check(TopicPattern.valid(t) && t.length() <= 200, "topics",
                    "'" + t + "' is not a topic or a prefix ending in /* (see GET /webhooks/topics)");
        }
        if (draft.url() != null && !draft.url().isBlank()) {
            v.check(validUrl(draft.url().trim()), "url", "must be an absolute http or https URL without user or password");
        }
        v.check(!replacing || draft.active() != null, "active", "is required when replacing");
        v.throwIfInvalid();
        String jurisdiction = blankToNull(draft.jurisdictionCode());
        if (jurisdiction == null && !caller.unrestricted()) {
            jurisdiction = caller.jurisdictionCode();
        }
        if (jurisdiction != null) {
            access.requireVisible(jurisdiction);
            if (jurisdictions.find(jurisdiction).isEmpty()) {
                throw new ValidationException("jurisdictionCode", "no jurisdiction " + jurisdiction);
            }
        }
        return new Checked(draft.url().trim(), jurisdiction, topics.stream().distinct().toList(), blankToNull(draft.description()),
                draft.active() == null || draft.active());
    }

    private static void apply(SubscriptionEntity s, Checked c) {
        s.url = c.url();
        s.jurisdictionCode = c.jurisdictionCode();
        s.topics = String.join(",", c.topics());
        s.description = c.description();
        s.active = c.active();
    }

    static boolean validUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static final String DELIVERY_COLUMNS = "id, subscription_id, event_id, topic, jurisdiction_code, occurred_at, status, attempts, "
            + "next_attempt_at, delivered_at, last_status_code, last_error";

    private static void bind(PreparedStatement p, long subscriptionId, DeliveryStatus status) throws SQLException {
        p.setLong(1, subscriptionId);
        if (status != null) {
            p.setString(2, status.name());
        }
    }

    private static WebhookDelivery readDelivery(Connection c, long subscriptionId, long deliveryId) throws SQLException {
        List<DeliveryAttempt> log = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT attempted_at, status_code, error, millis, redelivered_by FROM webhook_attempt WHERE delivery_id = ? ORDER BY id")) {
            p.setLong(1, deliveryId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    log.add(new DeliveryAttempt(r.getTimestamp(1).toLocalDateTime(), r.getObject(2, Integer.class), r.getString(3),
                            r.getLong(4), r.getString(5)));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery WHERE id = ? AND subscription_id = ?")) {
            p.setLong(1, deliveryId);
            p.setLong(2, subscriptionId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new NotFoundException("WebhookDelivery", deliveryId);
                }
                return delivery(r, log);
            }
        }
    }

    private static WebhookDelivery delivery(ResultSet r, List<DeliveryAttempt> log) throws SQLException {
        Timestamp next = r.getTimestamp(9);
        Timestamp delivered = r.getTimestamp(10);
        return new WebhookDelivery(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5), r.getTimestamp(6).toLocalDateTime(),
                DeliveryStatus.valueOf(r.getString(7)), r.getInt(8), next == null ? null : next.toLocalDateTime(),
                delivered == null ? null : delivered.toLocalDateTime(), r.getObject(11, Integer.class), r.getString(12), log);
    }
}
