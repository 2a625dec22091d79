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

/** One member's dossier in a campaign, with what the member record said when it was taken in scope. */
@Entity
@Table(name = "gda_dossier")
public class DossierEntity {
    @Id
    @SequenceGenerator(name = "gda_dossier_seq", sequenceName = "gda_dossier_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gda_dossier_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "campaign_id", nullable = false)
    long campaignId;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "member_name", nullable = false)
    String memberName;

    @Column(name = "birth_date", nullable = false)
    LocalDate birthDate;

    @Column(name = "organization_id", nullable = false)
    long organizationId;

    @Column(name = "organization_name", nullable = false)
    String organizationName;

    /** The village of the member's organization: what scopes the record. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "township_code")
    String townshipCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    DossierStatus status = DossierStatus.PENDING;

    @Column(name = "audited_on")
    LocalDate auditedOn;

    @Column(name = "audited_by")
    String auditedBy;

    /** Audited with findings, all fixed and passed on re-audit. */
    @Column(name = "rectified", nullable = false)
    boolean rectified;

    @Column(name = "reaudited_on")
    LocalDate reauditedOn;

    @Column(name = "reaudited_by")
    String reauditedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    DossierView toView() {
        DossierView v = new DossierView();
        v.id = id;
        v.campaignId = campaignId;
        v.memberId = memberId;
        v.memberName = memberName;
        v.birthDate = birthDate;
        v.organizationId = organizationId;
        v.organizationName = organizationName;
        v.jurisdictionCode = jurisdictionCode;
        v.townshipCode = townshipCode;
        v.status = status;
        v.auditedOn = auditedOn;
        v.auditedBy = auditedBy;
        v.rectified = rectified;
        v.reauditedOn = reauditedOn;
        v.reauditedBy = reauditedBy;
        v.version = version;
        return v;
    }
}
