package org.jiceng.module.xingning.reservecadres.internal;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** The 123 figures of a jurisdiction (the city, a town), with a row per town. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "figures")
public class Figures {
    public String jurisdictionCode;
    public String name;
    /** Villages and communities in the scope. */
    public int villages;
    /** Of those, with the full 1-2-3 for their current term. */
    public int complete;
    public int incomplete;
    /** Reserves in training for the villages' current terms, per role. */
    public int secretaryReserves;
    public int committeeReserves;
    public int activists;
    /** Reserves in training under focused training (重点培养). */
    public int focused;
    /** Reserves elected or appointed into the two committees (any term). */
    public int used;
    public int dropped;
    /** One row per town (empty on a town's own figures). */
    public List<Figures> towns = new ArrayList<>();
}
