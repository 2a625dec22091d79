package org.jiceng.module.shunyi.accountability.internal;

/** The penalties of the rules (责任惩罚), as they list them: from an admonishing talk to dismissal and demotion. */
public enum Penalty {
    ADMONISHMENT_TALK("诫勉谈话"), SUSPENSION_FOR_REVIEW("停职检查"), REASSIGNMENT("调整职务"), ORDERED_RESIGNATION("责令辞职"), DISMISSAL("免职"), DEMOTION("降职");

    private final String zh;

    Penalty(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
