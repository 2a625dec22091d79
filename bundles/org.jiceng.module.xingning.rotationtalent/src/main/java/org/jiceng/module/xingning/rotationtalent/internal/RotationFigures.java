package org.jiceng.module.xingning.rotationtalent.internal;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** The rotation figures of a jurisdiction for one year, with a row per township (and the city's own units on the city's row). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "rotationFigures")
public class RotationFigures {
    public String jurisdictionCode;
    public String name;
    public int year;
    /** Cadres due on the year's last day by the core's tenure (5 years as head, 10 as deputy). */
    public int due;
    public int dueHeads;
    public int dueDeputies;
    /** Moves of the year's plans not carried out yet (proposed or approved). */
    public int planned;
    public int approved;
    /** Moves executed into the core's positions. */
    public int moved;
    public int deferred;
    /** Of the moves, those for an exception reason (the cadre was not due). */
    public int exceptions;
    /** Due and in no move of the year's plans. */
    public int overdue;
    public List<RotationFigures> towns = new ArrayList<>();
}
