package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;
import java.util.List;

/** A check as read: the link, the leader, the quarter, and the items it found done. */
public class CheckView {
    public Long id;
    public long linkId;
    public long leaderId;
    public String leaderName;
    public LinkKind linkKind;
    public String jurisdictionCode;
    public String jurisdictionName;
    public CheckKind kind;
    public String kindZh;
    public LocalDate checkedOn;
    public int quarter;
    public String checkedBy;
    public String findings;
    public String recordedBy;
    public List<Long> itemsDone;
    public long version;
}
