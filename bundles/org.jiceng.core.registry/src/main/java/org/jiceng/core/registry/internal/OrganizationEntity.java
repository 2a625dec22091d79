package org.jiceng.core.registry.internal;

import java.time.LocalDate;

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

import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.OrganizationType;
import org.jiceng.registry.PartyOrganization;

/** A Party organization row. */
@Entity
@Table(name = "party_organization")
public class OrganizationEntity {
    @Id
    @SequenceGenerator(name = "party_organization_seq", sequenceName = "party_organization_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_organization_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "name")
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type")
    private OrganizationType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_field")
    private OrganizationField field;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "jurisdiction_code")
    private String jurisdictionCode;

    @Column(name = "term_start")
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private OrganizationStatus status;

    @Column(name = "star_rating")
    private Integer starRating;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    /** Only for rows whose id is drawn from the sequence before they are persisted (the demo data). */
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

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

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

    public Integer getStarRating() {
        return starRating;
    }

    public void setStarRating(Integer starRating) {
        this.starRating = starRating;
    }

    public long getVersion() {
        return version;
    }

    public PartyOrganization toDto() {
        return PartyOrganization.builder()
                .id(id)
                .name(name)
                .type(type)
                .field(field)
                .parentId(parentId)
                .jurisdictionCode(jurisdictionCode)
                .termStart(termStart)
                .termEnd(termEnd)
                .status(status)
                .starRating(starRating)
                .version(version)
                .build();
    }

    /** Copies the editable fields of {@code d}; id and version are never taken from input. */
    public void apply(PartyOrganization d) {
        this.name = d.name();
        this.type = d.type();
        this.field = d.field();
        this.parentId = d.parentId();
        this.jurisdictionCode = d.jurisdictionCode();
        this.termStart = d.termStart();
        this.termEnd = d.termEnd();
        this.status = d.status();
        this.starRating = d.starRating();
    }
}
