package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlTransient;
import javax.xml.bind.annotation.XmlType;

/** A link as read (also in SOAP's listLinks): the leader, the town or village, and how its responsibility list stands. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "link")
public class LinkView {
    public Long id;
    public long leaderId;
    public String leaderName;
    public String leaderPost;
    public int year;
    public LinkKind kind;
    public String kindZh;
    public String jurisdictionCode;
    public String jurisdictionName;
    public String townshipCode;
    public LocalDate linkedOn;
    public String linkedBy;
    public long items;
    public long itemsDone;
    public long itemsOverdue;
    public long checks;
    public LocalDate lastCheckedOn;
    /** The responsibility list, on a single link's read. */
    @XmlTransient
    public List<ItemView> responsibilityList;
    /** The checks, on a single link's read. */
    @XmlTransient
    public List<CheckView> checkList;
    public long version;
}
