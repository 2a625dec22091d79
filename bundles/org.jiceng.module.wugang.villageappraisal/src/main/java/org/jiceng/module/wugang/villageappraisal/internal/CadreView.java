package org.jiceng.module.wugang.villageappraisal.internal;

import java.math.BigDecimal;

/** A cadre appraised in a year, with the township's scores and, once computed, the result and what it fixes. */
public class CadreView {
    public long id;
    public int year;
    public long memberId;
    public String memberName;
    public long positionId;
    public String title;
    public String villageCode;
    public String township;
    public Double economy;
    public Double masses;
    public Double total;
    /** Rank among the township's village cadres (ties share a rank). */
    public Integer rank;
    public Integer townshipSize;
    public String grade;
    public String consequence;
    /** The performance part of the lost-work subsidy (误工补贴) the grade fixes, yuan. */
    public BigDecimal subsidy;
    /** The award of a commended cadre (表彰奖励), yuan; zero otherwise. */
    public BigDecimal award;
    public boolean commended;
    /** A candidate for selection (选拔任用). */
    public boolean selectionCandidate;
    public long version;

    static CadreView of(CadreEntity c) {
        CadreView v = new CadreView();
        v.id = c.id;
        v.year = c.year;
        v.memberId = c.memberId;
        v.memberName = c.memberName;
        v.positionId = c.positionId;
        v.title = c.title;
        v.villageCode = c.villageCode;
        v.township = c.townshipCode;
        v.economy = c.economy;
        v.masses = c.masses;
        v.total = c.total;
        v.rank = c.rank;
        v.townshipSize = c.townshipSize;
        v.grade = c.grade;
        v.consequence = c.consequence;
        v.subsidy = c.subsidy;
        v.award = c.award;
        v.commended = c.award != null && c.award.signum() > 0;
        v.selectionCandidate = c.selectionCandidate;
        v.version = c.version;
        return v;
    }
}
