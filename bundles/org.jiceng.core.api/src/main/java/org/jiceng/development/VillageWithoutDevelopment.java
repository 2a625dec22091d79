package org.jiceng.development;

import java.time.LocalDate;

/** A village (or community) with no member developed for a number of years. */
public class VillageWithoutDevelopment {
    private String code;
    private String name;
    /** Last admission as probationary member, null when there never was one on record. */
    private LocalDate lastAdmission;
    private long members;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getLastAdmission() {
        return lastAdmission;
    }

    public void setLastAdmission(LocalDate lastAdmission) {
        this.lastAdmission = lastAdmission;
    }

    public long getMembers() {
        return members;
    }

    public void setMembers(long members) {
        this.members = members;
    }
}
