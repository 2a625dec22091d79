package org.jiceng.core.events.internal;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.jiceng.events.WebhookSubscription;

/** A webhook subscription; the audit trail records its writes with the secret masked. */
@Entity(name = "WebhookSubscriptionEntity")
@Table(name = "webhook_subscription")
public class SubscriptionEntity {
    @Id
    @SequenceGenerator(name = "webhook_subscription_seq", sequenceName = "webhook_subscription_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscription_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "url")
    String url;

    @Column(name = "jurisdiction_code")
    String jurisdictionCode;

    /** The topic patterns, comma-separated (a pattern holds no comma). */
    @Column(name = "topics")
    String topics;

    @Column(name = "description")
    String description;

    @Column(name = "active")
    boolean active;

    @Column(name = "owner")
    String owner;

    @Column(name = "secret")
    String secret;

    @Column(name = "created_at")
    LocalDateTime createdAt;

    @Version
    @Column(name = "version")
    long version;

    static List<String> topicList(String topics) {
        return Arrays.stream(topics.split(",")).filter(t -> !t.isBlank()).toList();
    }

    /** As every read shows it: without the secret. */
    WebhookSubscription toDto() {
        return new WebhookSubscription(id, url, jurisdictionCode, topicList(topics), description, active, owner, createdAt, null, version);
    }

    /** Right after it was created or its secret renewed: with the secret, this once. */
    WebhookSubscription toDtoWithSecret() {
        return new WebhookSubscription(id, url, jurisdictionCode, topicList(topics), description, active, owner, createdAt, secret, version);
    }
}
