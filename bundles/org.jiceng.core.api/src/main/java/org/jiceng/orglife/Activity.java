package org.jiceng.orglife;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One activity of a Party organization: filed as a plan before it takes place, recorded when held,
 * archived after. On filing only organizationId, type, plannedDate, topic and filedBy are given;
 * the rest is set by the server or by recording.
 */
public class Activity {
    private Long id;
    private Long organizationId;
    private ActivityType type;
    private ActivityStatus status;
    private LocalDate plannedDate;
    private String topic;
    private String filedBy;
    /** When the plan was filed, server local time. */
    private LocalDateTime filedAt;
    private LocalDate heldDate;
    private String minutes;
    private List<Attendance> attendance;
    private long version;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public ActivityType getType() {
        return type;
    }

    public void setType(ActivityType type) {
        this.type = type;
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

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public void setFiledBy(String filedBy) {
        this.filedBy = filedBy;
    }

    public LocalDateTime getFiledAt() {
        return filedAt;
    }

    public void setFiledAt(LocalDateTime filedAt) {
        this.filedAt = filedAt;
    }

    public LocalDate getHeldDate() {
        return heldDate;
    }

    public void setHeldDate(LocalDate heldDate) {
        this.heldDate = heldDate;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public List<Attendance> getAttendance() {
        return attendance;
    }

    public void setAttendance(List<Attendance> attendance) {
        this.attendance = attendance;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
