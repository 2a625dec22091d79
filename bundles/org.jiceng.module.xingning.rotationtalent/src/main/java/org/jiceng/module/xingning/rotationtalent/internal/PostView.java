package org.jiceng.module.xingning.rotationtalent.internal;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** An urgently needed post with how many talents fill it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "post")
public class PostView {
    public Long id;
    public String jurisdictionCode;
    public int year;
    public String title;
    public String unit;
    public TalentCategory category;
    public int needed;
    public int filled;
    public int missing;
    public String note;
    public long version;
}
