package org.jiceng.module.xingning.rotationtalent.internal;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** The talent figures of a jurisdiction, overall and per category. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "talentFigures")
public class TalentFigures {
    public String jurisdictionCode;
    /** The category of a per-category row; null on the total. */
    public TalentCategory category;
    public int talents;
    /** Talents who are core members. */
    public int members;
    /** Talents matched to a needed post. */
    public int matched;
    /** Urgently needed posts of the catalogue, people needed, filled, and posts still open. */
    public int posts;
    public int needed;
    public int filled;
    public int openPosts;
    public List<TalentFigures> categories = new ArrayList<>();
}
