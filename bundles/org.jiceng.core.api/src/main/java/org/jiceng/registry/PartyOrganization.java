package org.jiceng.registry;

import java.time.LocalDate;

/** A Party organization (党组织): committee, general branch, branch or joint branch, placed in a jurisdiction. */
public class PartyOrganization {
    private Long id;
    private String name;
    private OrganizationType type;
    private OrganizationField field;
    private Long parentId;
    private String jurisdictionCode;
    private LocalDate termStart;
    private LocalDate termEnd;
    private OrganizationStatus status;
    private Integer starRating;
    private long version;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganizationType getType() {
        return type;
    }

    public void setType(OrganizationType type) {
        this.type = type;
    }

    public OrganizationField getField() {
        return field;
    }

    public void setField(OrganizationField field) {
        this.field = field;
    }

    /** The organization one level up (its affiliation); null for a top committee. */
    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public void setJurisdictionCode(String jurisdictionCode) {
        this.jurisdictionCode = jurisdictionCode;
    }

    /** Start of the current term (任期). */
    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    /** End of the current term; a new election is due then. */
    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }

    public OrganizationStatus getStatus() {
        return status;
    }

    public void setStatus(OrganizationStatus status) {
        this.status = status;
    }

    /** Star rating 1-5 (星级), null when not yet rated. */
    public Integer getStarRating() {
        return starRating;
    }

    public void setStarRating(Integer starRating) {
        this.starRating = starRating;
    }

    /** Optimistic-lock version; send back the one you read when updating. */
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
