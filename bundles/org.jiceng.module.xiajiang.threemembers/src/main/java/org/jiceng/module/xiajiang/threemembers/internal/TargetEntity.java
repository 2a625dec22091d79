package org.jiceng.module.xiajiang.threemembers.internal;

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

/** An organization (or a sector domain) that needs one of the three members in a year. */
@Entity
@Table(name = "x3m_target")
public class TargetEntity {
    @Id
    @SequenceGenerator(name = "x3m_seq", sequenceName = "x3m_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "x3m_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "work_year", nullable = false)
    int workYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false)
    MemberRole role;

    /** ORG:<id> or DOMAIN:<domain>: one target per organization or domain and year. */
    @Column(name = "target_key", nullable = false)
    String targetKey;

    @Column(name = "organization_id")
    Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector_domain", nullable = false)
    SectorDomain domain;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    /** DERIVED from core data, or MANUAL. */
    @Column(name = "source", nullable = false)
    String source;

    @Column(name = "stars_before")
    Integer starsBefore;

    @Column(name = "stars_after")
    Integer starsAfter;

    @Column(name = "six_goods", nullable = false)
    boolean sixGoods;

    @Column(name = "six_goods_evaluation_id")
    Long sixGoodsEvaluationId;

    @Column(name = "withdrawn", nullable = false)
    boolean withdrawn;

    @Column(name = "note")
    String note;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    static String orgKey(long organizationId) {
        return "ORG:" + organizationId;
    }

    static String domainKey(SectorDomain domain) {
        return "DOMAIN:" + domain;
    }

    TargetView toView() {
        return new TargetView(id, workYear, role, organizationId, domain, name, jurisdictionCode, source, starsBefore, starsAfter,
                Rules.upgraded(starsBefore, starsAfter), sixGoods, sixGoodsEvaluationId, withdrawn, note, version);
    }
}
