package org.jiceng.module.guangzong.inspectiontours.internal;

import java.time.LocalDate;
import java.util.List;

/** A round as read, with the inspectors it sends and how far its findings got on the problems engine. */
public class RoundView {
    public Long id;
    public String jurisdictionCode;
    public int number;
    public String title;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public List<Inspectors.InspectorView> inspectors;
    /** OPEN, or CLOSED once every finding is verified. */
    public String status;
    public LocalDate closedOn;
    public String createdBy;
    public long visits;
    public long findings;
    public long rectified;
    public long verified;
    public long version;
}
