package org.jiceng.core.registry.internal.development;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.jiceng.development.DevelopmentEvent;
import org.jiceng.development.EventType;
import org.jiceng.development.Evidence;

/** One recorded development step; never updated or deleted once written. */
@Entity
@Table(name = "development_event")
public class DevelopmentEventEntity {
    @Id
    @SequenceGenerator(name = "development_event_seq", sequenceName = "development_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "development_event_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    private EventType type;

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Column(name = "deciding_body")
    private String decidingBody;

    /** Comma-separated evidence names. */
    @Column(name = "evidence", nullable = false)
    private String evidence;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    /** UTC; JPA 2.2 maps LocalDateTime, not Instant. */
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "extension_months")
    private Integer extensionMonths;

    @Column(name = "note")
    private String note;

    public static DevelopmentEventEntity of(long memberId, DevelopmentEvent e, Instant now) {
        DevelopmentEventEntity x = new DevelopmentEventEntity();
        x.memberId = memberId;
        x.type = e.type();
        x.date = e.date();
        x.decidingBody = e.decidingBody();
        List<String> names = new ArrayList<>();
        if (e.evidence() != null) {
            e.evidence().stream().distinct().sorted().forEach(v -> names.add(v.name()));
        }
        x.evidence = String.join(",", names);
        x.recordedBy = e.recordedBy();
        x.recordedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        x.extensionMonths = e.extensionMonths();
        x.note = e.note();
        return x;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public DevelopmentEvent toDto() {
        List<Evidence> list = new ArrayList<>();
        if (evidence != null && !evidence.isEmpty()) {
            for (String name : evidence.split(",")) {
                list.add(Evidence.valueOf(name));
            }
        }
        return new DevelopmentEvent(id, memberId, type, date, decidingBody, list, recordedBy, recordedAt.toInstant(ZoneOffset.UTC), extensionMonths,
                note);
    }
}
