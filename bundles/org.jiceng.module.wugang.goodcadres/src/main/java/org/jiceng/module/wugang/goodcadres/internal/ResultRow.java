package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;

/** One good cadre on the result list (好干部名单). */
public class ResultRow {
    public long nominationId;
    public long memberId;
    public String memberName;
    public String jurisdictionCode;
    public String jurisdictionName;
    public Channel channel;
    public String channelName;
    public String nominator;
    public LocalDate approvedOn;
}
