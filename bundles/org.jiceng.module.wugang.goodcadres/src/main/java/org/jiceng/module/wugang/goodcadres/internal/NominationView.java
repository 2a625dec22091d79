package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;
import java.util.List;

/** A nomination as clients see it; one read alone also carries its decisions and objections. */
public class NominationView {
    public Long id;
    public long campaignId;
    public Channel channel;
    public String channelName;
    public long memberId;
    public String memberName;
    public String jurisdictionCode;
    public String nominator;
    public String reason;
    public LocalDate nominatedOn;
    public String nominatedBy;
    /** The instance of the five-round procedure on the core's engine. */
    public Long procedureInstanceId;
    public NominationStatus status;
    /** The round to decide next (the eliminating round once eliminated; null once approved). */
    public String round;
    public String roundName;
    public LocalDate lastDecidedOn;
    public long version;
    /** Decisions in round order (single reads only). */
    public List<RoundDecisionView> decisions;
    /** Objections raised during the public notice (single reads only). */
    public List<ObjectionView> objections;
}
