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

/** A finding of an audit against one criterion, and its fix. */
@Entity
@Table(name = "gda_finding")
public class FindingEntity {
    @Id
    @SequenceGenerator(name = "gda_finding_seq", sequenceName = "gda_finding_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gda_finding_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "dossier_id", nullable = false)
    long dossierId;

    @Column(name = "campaign_id", nullable = false)
    long campaignId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "criterion", nullable = false)
    Criterion criterion;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    FindingKind kind;

    @Column(name = "description")
    String description;

    @Column(name = "found_on", nullable = false)
    LocalDate foundOn;

    @Column(name = "fixed_on")
    LocalDate fixedOn;

    @Column(name = "fixed_by")
    String fixedBy;

    @Column(name = "fix_note")
    String fixNote;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    FindingView toView() {
        FindingView v = new FindingView();
        v.id = id;
        v.dossierId = dossierId;
        v.criterion = criterion;
        v.kind = kind;
        v.description = description;
        v.foundOn = foundOn;
        v.fixedOn = fixedOn;
        v.fixedBy = fixedBy;
        v.fixNote = fixNote;
        v.version = version;
        return v;
    }
}
