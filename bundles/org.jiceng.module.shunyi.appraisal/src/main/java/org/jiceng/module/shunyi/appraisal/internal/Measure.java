package org.jiceng.module.shunyi.appraisal.internal;

/**
 * The measures of 《顺义区委党建工作考核结果应用暂行办法》, each for one grade, against a person of the
 * unit (its principal, a cadre) or against the unit itself (quotas, honours).
 */
public enum Measure {
    PROMOTION("优", "提拔任用", true), ROTATION("优", "多岗位锻炼", true), EXCHANGE_STUDY("优", "交流学习", true), TRAINING("优", "教育培训", true), EXCELLENT_QUOTA_UP(
            "优", "年度考核增加优秀名额", false), REMINDER("良", "提醒", true), TALK("良", "谈话", true), EXCELLENT_QUOTA_DOWN("良", "年度考核减少优秀称职嘉奖名额",
                    false), ADMONISHMENT_TALK("中", "诫勉谈话", true), PROMOTION_DEFERRED("中", "暂缓提拔使用", true), HONOURS_WITHDRAWN("中", "取消班子成员考核评优资格",
                            false), REASSIGNMENT("差", "调整职务", true), SUSPENSION_FOR_REVIEW("差", "停职检查", true), ORDERED_RESIGNATION("差", "责令辞职", true);

    private final String grade;
    private final String zh;
    private final boolean personal;

    Measure(String grade, String zh, boolean personal) {
        this.grade = grade;
        this.zh = zh;
        this.personal = personal;
    }

    /** The grade the measure follows. */
    public String grade() {
        return grade;
    }

    public String zh() {
        return zh;
    }

    /** True when taken against a person of the unit, false when against the unit. */
    public boolean personal() {
        return personal;
    }
}
