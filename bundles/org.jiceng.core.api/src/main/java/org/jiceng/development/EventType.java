package org.jiceng.development;

import java.util.EnumSet;
import java.util.Set;

import org.jiceng.registry.MemberStage;

/**
 * What can happen to a member's record. The first four move the member one stage on; the others
 * change membership without changing the stage.
 */
public enum EventType {
    /** 确定为入党积极分子: applicant → activist. */
    ACTIVIST_CONFIRMED(MemberStage.APPLICANT, MemberStage.ACTIVIST, EnumSet.of(Evidence.APPLICATION_LETTER, Evidence.TALK)),
    /** 确定为发展对象: activist → candidate, after at least a year of training. */
    CANDIDATE_CONFIRMED(MemberStage.ACTIVIST, MemberStage.CANDIDATE, EnumSet.of(Evidence.TRAINING, Evidence.RECOMMENDATION)),
    /** 接收为预备党员: candidate → probationary. */
    ADMITTED_PROBATIONARY(MemberStage.CANDIDATE, MemberStage.PROBATIONARY, EnumSet.of(Evidence.POLITICAL_REVIEW,
            Evidence.PUBLIC_NOTICE, Evidence.BRANCH_RESOLUTION, Evidence.HIGHER_APPROVAL, Evidence.OATH)),
    /** 预备党员转正: probationary → full, at the end of probation. */
    CONVERTED_FULL(MemberStage.PROBATIONARY, MemberStage.FULL, EnumSet.of(Evidence.CONVERSION_APPLICATION,
            Evidence.BRANCH_RESOLUTION, Evidence.HIGHER_APPROVAL)),
    /** 延长预备期: once, by up to a year, at the end of probation. */
    PROBATION_EXTENDED(MemberStage.PROBATIONARY, MemberStage.PROBATIONARY, EnumSet.of(Evidence.BRANCH_RESOLUTION, Evidence.HIGHER_APPROVAL)),
    /** 取消预备党员资格: probation ends without conversion; the member leaves the pipeline. */
    PROBATION_CANCELLED(MemberStage.PROBATIONARY, null, EnumSet.of(Evidence.BRANCH_RESOLUTION, Evidence.HIGHER_APPROVAL)),
    /** 停止党籍 / 除名: membership disqualified. */
    DISQUALIFIED(null, null, EnumSet.of(Evidence.BRANCH_RESOLUTION, Evidence.HIGHER_APPROVAL)),
    /** 恢复党籍: a disqualified membership restored. */
    RESTORED(null, null, EnumSet.of(Evidence.BRANCH_RESOLUTION, Evidence.HIGHER_APPROVAL)),
    /** 出党 / 退党 / 死亡: the member leaves; the record stays whole. */
    EXITED(null, null, EnumSet.noneOf(Evidence.class));

    private final MemberStage from;
    private final MemberStage to;
    private final Set<Evidence> requiredEvidence;

    EventType(MemberStage from, MemberStage to, Set<Evidence> requiredEvidence) {
        this.from = from;
        this.to = to;
        this.requiredEvidence = requiredEvidence;
    }

    /** The stage the member must be in, null when any stage will do. */
    public MemberStage from() {
        return from;
    }

    /** The stage afterwards, null when the stage does not change or the member leaves. */
    public MemberStage to() {
        return to;
    }

    public Set<Evidence> requiredEvidence() {
        return requiredEvidence;
    }

    public boolean advancesStage() {
        return to != null && to != from;
    }
}
