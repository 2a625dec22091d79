package org.jiceng.orglife;

import java.time.LocalDate;

/** Filters for activity lists; every filter is optional and they combine with AND. */
public class ActivityQuery {
    private Long organizationId;
    private String jurisdictionCode;
    private ActivityType type;
    private ActivityStatus status;
    private LocalDate from;
    private LocalDate to;

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    /** Only activities of organizations in this jurisdiction or below it. */
    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public void setJurisdictionCode(String jurisdictionCode) {
        this.jurisdictionCode = jurisdictionCode;
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

    /** Planned on or after this date. */
    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    /** Planned on or before this date. */
    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
