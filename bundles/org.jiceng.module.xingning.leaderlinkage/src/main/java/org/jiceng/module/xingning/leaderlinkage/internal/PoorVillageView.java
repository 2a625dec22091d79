package org.jiceng.module.xingning.leaderlinkage.internal;

/** A village of the city's poor-village list, with the leader linked to it that year (if any). */
public class PoorVillageView {
    public Long id;
    public int year;
    public String jurisdictionCode;
    public String name;
    public String townshipCode;
    public String note;
    public String listedBy;
    public Long linkId;
    public String leaderName;
    public long version;
}
