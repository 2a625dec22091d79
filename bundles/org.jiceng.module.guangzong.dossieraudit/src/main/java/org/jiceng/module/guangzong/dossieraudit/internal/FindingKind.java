package org.jiceng.module.guangzong.dossieraudit.internal;

/**
 * What the audit found, by the problems the county's plan names (档案填写不规范、档案资料缺失、档案造假),
 * each under the criterion it offends.
 */
public enum FindingKind {
    /** 档案造假: a record made up or altered. */
    FORGED_RECORD(Criterion.TRUE),
    /** 身份信息不实: identity (name, birth date, ID number) does not match the person. */
    FALSE_IDENTITY(Criterion.TRUE),
    /** 时间不一致: dates of the steps disagree with each other or with the member record. */
    INCONSISTENT_DATES(Criterion.ACCURATE),
    /** 信息错误: other particulars wrong (education, organization, names). */
    WRONG_PARTICULARS(Criterion.ACCURATE),
    /** 缺入党申请书. */
    MISSING_APPLICATION_LETTER(Criterion.COMPLETE),
    /** 缺入党志愿书. */
    MISSING_VOLUNTEER_FORM(Criterion.COMPLETE),
    /** 缺政审材料. */
    MISSING_POLITICAL_REVIEW(Criterion.COMPLETE),
    /** 缺培养考察或转正材料. */
    MISSING_OTHER_RECORD(Criterion.COMPLETE),
    /** 填写不规范: entries filled in against the rules. */
    IRREGULAR_ENTRIES(Criterion.REGULAR),
    /** 签字盖章不全: signatures or seals missing. */
    MISSING_SIGNATURE_OR_SEAL(Criterion.REGULAR);

    private final Criterion criterion;

    FindingKind(Criterion criterion) {
        this.criterion = criterion;
    }

    public Criterion criterion() {
        return criterion;
    }
}
