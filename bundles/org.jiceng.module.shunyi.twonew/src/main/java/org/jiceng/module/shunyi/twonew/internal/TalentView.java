package org.jiceng.module.shunyi.twonew.internal;

import java.time.LocalDate;

import org.jiceng.registry.Education;

/** A reserve talent as read. */
public class TalentView {
    public Long id;
    public String jurisdictionCode;
    public Long memberId;
    public String name;
    public LocalDate birthDate;
    public int age;
    public Education education;
    public TalentSource source;
    public String unit;
    public IntendedPost intendedPost;
    public LocalDate enteredOn;
    public TalentState state;
    public String postedTo;
    public LocalDate postedOn;
    public String withdrawnReason;
    public String enteredBy;
    public long version;
}
