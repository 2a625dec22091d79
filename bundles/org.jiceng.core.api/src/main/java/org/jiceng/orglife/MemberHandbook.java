package org.jiceng.orglife;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A member's year of organizational life (广宗's 党内组织生活活动手册): per activity type, how many
 * held activities had the member on their roll and how many the member attended; dues months paid
 * against the months owed; volunteering.
 */
public class MemberHandbook {
    private long memberId;
    private String memberName;
    private Long organizationId;
    private int year;
    /** Held (or archived) activities of the year whose roll lists the member, per type. */
    private Map<ActivityType, Long> held;
    /** Of those, the ones the member was present at, per type. */
    private Map<ActivityType, Long> attended;
    private long volunteering;
    /** Months of the year paid for, yyyy-MM, in order. */
    private List<String> duesMonthsPaid;
    /** Months of the year the member owes dues for so far: from admission as probationary member up to the current month. */
    private int duesMonthsExpected;
    private BigDecimal duesPaidAmount;

    public long getMemberId() {
        return memberId;
    }

    public void setMemberId(long memberId) {
        this.memberId = memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Map<ActivityType, Long> getHeld() {
        return held;
    }

    public void setHeld(Map<ActivityType, Long> held) {
        this.held = held;
    }

    public Map<ActivityType, Long> getAttended() {
        return attended;
    }

    public void setAttended(Map<ActivityType, Long> attended) {
        this.attended = attended;
    }

    public long getVolunteering() {
        return volunteering;
    }

    public void setVolunteering(long volunteering) {
        this.volunteering = volunteering;
    }

    public List<String> getDuesMonthsPaid() {
        return duesMonthsPaid;
    }

    public void setDuesMonthsPaid(List<String> duesMonthsPaid) {
        this.duesMonthsPaid = duesMonthsPaid;
    }

    public int getDuesMonthsExpected() {
        return duesMonthsExpected;
    }

    public void setDuesMonthsExpected(int duesMonthsExpected) {
        this.duesMonthsExpected = duesMonthsExpected;
    }

    public BigDecimal getDuesPaidAmount() {
        return duesPaidAmount;
    }

    public void setDuesPaidAmount(BigDecimal duesPaidAmount) {
        this.duesPaidAmount = duesPaidAmount;
    }
}
