package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;

/** A household contact; phone numbers are masked in lists as the core masks members'. */
public class HouseholdView {
    public Long id;
    public long delegateId;
    public String headName;
    public String address;
    public String phone;
    public LocalDate linkedOn;
}
