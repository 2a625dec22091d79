package org.jiceng.module.wugang.serviceday.internal;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import org.jiceng.common.Shares;

/** The figures of one village, one township or the whole scope, for the applications received in a period. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "figureRow")
public class FigureRow {
    public String code;
    public String name;
    public long serviceDays;
    public long applications;
    public long decided;
    public long done;
    public long refused;
    public long forwarded;
    /** Decided on or before the promised deadline (按时办结). */
    public long onTime;
    /** Decided after it. */
    public long late;
    /** Undecided past the deadline (in the inbox). */
    public long overdue;
    /** Undecided within the deadline. */
    public long open;
    public long rated;
    public long satisfied;
    public long basicallySatisfied;
    public long dissatisfied;
    /** onTime / (decided + overdue): of the applications whose deadline has come or that are decided, those handled in time. */
    public String onTimePercent;
    /** 满意率: (satisfied + basically satisfied) / rated. */
    public String satisfactionPercent;

    FigureRow() {
    }

    FigureRow(String code, String name) {
        this.code = code;
        this.name = name;
    }

    void add(ApplicationView a) {
        applications++;
        switch (a.timeliness) {
            case ON_TIME -> onTime++;
            case LATE -> late++;
            case OVERDUE -> overdue++;
            case OPEN -> open++;
        }
        if (a.outcome != null) {
            decided++;
            switch (a.outcome) {
                case DONE -> done++;
                case REFUSED -> refused++;
                case FORWARDED -> forwarded++;
            }
        }
        if (a.satisfaction != null) {
            rated++;
            switch (a.satisfaction) {
                case SATISFIED -> satisfied++;
                case BASICALLY_SATISFIED -> basicallySatisfied++;
                case DISSATISFIED -> dissatisfied++;
            }
        }
    }

    /** Fills the percentages once every application is added. */
    FigureRow finish() {
        onTimePercent = Shares.percent(Shares.of(onTime, decided + overdue));
        satisfactionPercent = Shares.percent(Shares.of(satisfied + basicallySatisfied, rated));
        return this;
    }
}
