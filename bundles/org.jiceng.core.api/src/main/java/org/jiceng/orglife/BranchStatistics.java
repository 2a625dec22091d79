package org.jiceng.orglife;

import java.util.List;

/** A branch's year of organizational life, quarter by quarter (the branch work handbook's summary). */
public class BranchStatistics {
    private long organizationId;
    private String organizationName;
    private int year;
    /** Quarters 1 to 4, in order. */
    private List<QuarterStatistics> quarters;

    public long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(long organizationId) {
        this.organizationId = organizationId;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public void setOrganizationName(String organizationName) {
        this.organizationName = organizationName;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<QuarterStatistics> getQuarters() {
        return quarters;
    }

    public void setQuarters(List<QuarterStatistics> quarters) {
        this.quarters = quarters;
    }
}
