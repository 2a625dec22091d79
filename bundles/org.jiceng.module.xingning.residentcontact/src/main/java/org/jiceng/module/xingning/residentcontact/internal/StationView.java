package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;

/** A cadre's stationing in a village. */
public class StationView {
    public Long id;
    public String villageCode;
    public String townCode;
    public long memberId;
    public String memberName;
    public LocalDate startedOn;
    public LocalDate endedOn;
    public boolean active;
    public long version;
}
