package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;

/** A selection campaign as clients see it. */
public class CampaignView {
    public Long id;
    public String jurisdictionCode;
    public int year;
    public String title;
    /** Nominations are taken up to this day, inclusive. */
    public LocalDate nominationDeadline;
    /** How many good cadres 审定 may approve at most. */
    public int quota;
    /** The public notice (公示) and its objection period, once published. */
    public LocalDate noticeFrom;
    public LocalDate noticeTo;
    public String createdBy;
    public long version;
}
