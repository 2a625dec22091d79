package org.jiceng.module.xiajiang.threemembers.internal;

/** The three members (三员) and the core assignment role each is recorded under. */
public enum MemberRole {
    /** 党建特派员: sent to a backward or weak branch of a county organ. */
    COMMISSIONER("党建特派员", "xiajiang-commissioner"),
    /** 党建指导员: sent to a two-new organization. */
    INSTRUCTOR("党建指导员", "xiajiang-instructor"),
    /** 党建监督员: sent to one of the seven sector domains; also oversees the other two roles there. */
    SUPERVISOR("党建监督员", "xiajiang-supervisor");

    private final String zh;
    private final String assignmentRole;

    MemberRole(String zh, String assignmentRole) {
        this.zh = zh;
        this.assignmentRole = assignmentRole;
    }

    public String zh() {
        return zh;
    }

    public String assignmentRole() {
        return assignmentRole;
    }
}
