package org.jiceng.module.guangzong.dossieraudit.internal;

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

/** A county's audit campaign. */
@Entity
@Table(name = "gda_campaign")
public class CampaignEntity {
    @Id
    @SequenceGenerator(name = "gda_campaign_seq", sequenceName = "gda_campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gda_campaign_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    LocalDate endsOn;

    @Column(name = "age_limit", nullable = false)
    int ageLimit;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    CampaignStatus status = CampaignStatus.OPEN;

    @Column(name = "opened_by", nullable = false)
    String openedBy;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Column(name = "closed_by")
    String closedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    CampaignView toView() {
        CampaignView v = new CampaignView();
        v.id = id;
        v.countyCode = countyCode;
        v.title = title;
        v.startsOn = startsOn;
        v.endsOn = endsOn;
        v.ageLimit = ageLimit;
        v.status = status;
        v.openedBy = openedBy;
        v.closedOn = closedOn;
        v.closedBy = closedBy;
        v.version = version;
        return v;
    }
}
