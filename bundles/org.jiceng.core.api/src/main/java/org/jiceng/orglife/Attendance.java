package org.jiceng.orglife;

/** One member on the roll of a held activity: present, or absent with the reason given. */
public class Attendance {
    private Long memberId;
    private boolean present;
    /** Required when absent (请假/缺席 reason). */
    private String absenceReason;

    public Attendance() {
    }

    public Attendance(Long memberId, boolean present, String absenceReason) {
        this.memberId = memberId;
        this.present = present;
        this.absenceReason = absenceReason;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public boolean isPresent() {
        return present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }

    public String getAbsenceReason() {
        return absenceReason;
    }

    public void setAbsenceReason(String absenceReason) {
        this.absenceReason = absenceReason;
    }
}
