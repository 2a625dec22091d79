package org.jiceng.registry;

import java.time.LocalDate;

/** Filters for organization lists; every filter is optional and they combine with AND. */
public class OrganizationQuery {
    private String jurisdictionCode;
    private OrganizationField field;
    private OrganizationStatus status;
    private OrganizationType type;
    private Long parentId;
    private LocalDate termEndsBefore;
    private String nameContains;

    /** Only organizations in this jurisdiction or below it. */
    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public void setJurisdictionCode(String jurisdictionCode) {
        this.jurisdictionCode = jurisdictionCode;
    }

    public OrganizationField getField() {
        return field;
    }

    public void setField(OrganizationField field) {
        this.field = field;
    }

    public OrganizationStatus getStatus() {
        return status;
    }

    public void setStatus(OrganizationStatus status) {
        this.status = status;
    }

    public OrganizationType getType() {
        return type;
    }

    public void setType(OrganizationType type) {
        this.type = type;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    /** Only organizations whose term ends on or before this date. */
    public LocalDate getTermEndsBefore() {
        return termEndsBefore;
    }

    public void setTermEndsBefore(LocalDate termEndsBefore) {
        this.termEndsBefore = termEndsBefore;
    }

    public String getNameContains() {
        return nameContains;
    }

    public void setNameContains(String nameContains) {
        this.nameContains = nameContains;
    }
}
