package org.jiceng.module.xingning.rotationtalent.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import org.jiceng.cadre.PostLevel;

/** A cadre due for rotation: the post (core position) held, since when, how many years, and the move planned for the year if any. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "dueCadre")
public class DueCadre {
    public long memberId;
    public String memberName;
    public Long positionId;
    public String unit;
    public String title;
    public String jurisdictionCode;
    public String townCode;
    public PostLevel level;
    public LocalDate since;
    public long years;
    /** The rule's years for the level (5 as head, 10 as deputy). */
    public int threshold;
    /** The move of the year's plan (any status), or null: due and not planned is overdue. */
    public Long moveId;
    public MoveStatus moveStatus;
}
