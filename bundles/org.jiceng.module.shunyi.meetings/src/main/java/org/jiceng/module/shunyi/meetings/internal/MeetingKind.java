package org.jiceng.module.shunyi.meetings.internal;

/** The meetings of the chain (专题会-督查分析会-领导小组会-区委常委会-年度总结会), in the order a matter passes them. */
public enum MeetingKind {
    TOPIC("专题会", "topic"), ANALYSIS("督查分析会", "analysis"), LEADING_GROUP("领导小组会", "leading-group"), STANDING_COMMITTEE("区委常委会",
            "standing-committee"), ANNUAL_SUMMARY("年度总结会", "annual-summary");

    private final String zh;
    private final String stepKey;

    MeetingKind(String zh, String stepKey) {
        this.zh = zh;
        this.stepKey = stepKey;
    }

    public String zh() {
        return zh;
    }

    /** The step of the chain procedure this meeting takes a matter through. */
    String stepKey() {
        return stepKey;
    }

    static MeetingKind ofStep(String stepKey) {
        for (MeetingKind k : values()) {
            if (k.stepKey.equals(stepKey)) {
                return k;
            }
        }
        return null;
    }
}
