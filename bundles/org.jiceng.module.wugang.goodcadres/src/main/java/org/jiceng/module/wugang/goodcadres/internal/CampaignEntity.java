package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** One year's selection (好干部评选) of a county: its nomination deadline, its quota and its public notice. */
@Entity
@Table(name = "wgc_campaign")
public class CampaignEntity {
    @Id
    @SequenceGenerator(name = "wgc_campaign_seq", sequenceName = "wgc_campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wgc_campaign_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "selection_year", nullable = false)
    int selectionYear;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "nomination_deadline", nullable = false)
    LocalDate nominationDeadline;

    @Column(name = "quota", nullable = false)
    int quota;

    @Column(name = "notice_from")
    LocalDate noticeFrom;

    @Column(name = "notice_to")
    LocalDate noticeTo;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    CampaignView toView() {
        CampaignView v = new CampaignView();
        v.id = id;
        v.jurisdictionCode = jurisdictionCode;
        v.year = selectionYear;
        v.title = title;
        v.nominationDeadline = nominationDeadline;
        v.quota = quota;
        v.noticeFrom = noticeFrom;
        v.noticeTo = noticeTo;
        v.createdBy = createdBy;
        v.version = version;
        return v;
    }
}
