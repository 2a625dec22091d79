package org.jiceng.core.registry.internal.orglife;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.jiceng.orglife.Activity;
import org.jiceng.orglife.ActivityStatus;
import org.jiceng.orglife.ActivityType;

/** An organizational-life activity; its roll is in {@link AttendanceEntity} rows. */
@Entity
@Table(name = "orglife_activity")
public class ActivityEntity {
    @Id
    @SequenceGenerator(name = "orglife_activity_seq", sequenceName = "orglife_activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orglife_activity_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false)
    private ActivityType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ActivityStatus status;

    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @Column(name = "topic", nullable = false)
    private String topic;

    @Column(name = "filed_by", nullable = false)
    private String filedBy;

    /** Server local time; JPA 2.2 maps LocalDateTime, not Instant. */
    @Column(name = "filed_at", nullable = false)
    private LocalDateTime filedAt;

    @Column(name = "held_date")
    private LocalDate heldDate;

    @Column(name = "minutes")
    private String minutes;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** A new plan from the filed fields of {@code a}. */
    public static ActivityEntity planned(Activity a, LocalDateTime filedAt) {
        ActivityEntity e = new ActivityEntity();
        e.organizationId = a.organizationId();
        e.type = a.type();
        e.status = ActivityStatus.PLANNED;
        e.plannedDate = a.plannedDate();
        e.topic = a.topic().trim();
        e.filedBy = a.filedBy().trim();
        e.filedAt = filedAt;
        return e;
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public ActivityType getType() {
        return type;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public void setStatus(ActivityStatus status) {
        this.status = status;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public LocalDateTime getFiledAt() {
        return filedAt;
    }

    public LocalDate getHeldDate() {
        return heldDate;
    }

    /** Marks the activity held; the roll is written separately. */
    public void held(LocalDate heldDate, String minutes) {
        this.status = ActivityStatus.HELD;
        this.heldDate = heldDate;
        this.minutes = minutes;
    }

    public long getVersion() {
        return version;
    }

    /** The activity without its roll. */
    public Activity toDto() {
        return Activity.builder()
                .id(id)
                .organizationId(organizationId)
                .type(type)
                .status(status)
                .plannedDate(plannedDate)
                .topic(topic)
                .filedBy(filedBy)
                .filedAt(filedAt)
                .heldDate(heldDate)
                .minutes(minutes)
                .version(version)
                .build();
    }
}
