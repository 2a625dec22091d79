package org.jiceng.module.xingning.twowayreporting.internal;

/** What a secretary's result means for the year's commendations and the town leaders' advancement (进退留转). */
public enum Outcome {
    /** 评优评先、提拔使用优先人选: recommended for commendation and first considered for promotion. */
    RECOMMENDED("推荐评优评先、提拔使用"),
    /** 留任: kept in post. */
    RETAINED("留任"),
    /** 约谈提醒: to be talked to by the organization department. */
    TALK("约谈提醒"),
    /** Not yet scored both ways while the round is open. */
    PENDING("待测评");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
