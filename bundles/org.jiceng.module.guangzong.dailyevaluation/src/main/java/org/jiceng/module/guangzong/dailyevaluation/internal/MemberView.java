package org.jiceng.module.guangzong.dailyevaluation.internal;

/** A member or cadre on the evaluation of a year, with the points per board and the ranks the engine last computed. */
public class MemberView {
    public long id;
    public int year;
    public long townshipId;
    public String township;
    public long memberId;
    public String memberName;
    public String post;
    public String jurisdictionCode;
    /** 日常工作测评, of 100. */
    public Double work;
    /** “德”的考评, of 100. */
    public Double virtue;
    /** 学习提升, of 100. */
    public Double study;
    /** The weighted total, of 100. */
    public Double total;
    /** Rank among the township's evaluated members (ties share a rank). */
    public Integer rank;
    public Integer townshipSize;
    /** Rank over the county's pilot townships. */
    public Integer countyRank;
    public Integer countySize;
    public String grade;
    public String consequence;
    public long version;

    static MemberView of(EvaluatedEntity m) {
        MemberView v = new MemberView();
        v.id = m.id;
        v.year = m.year;
        v.townshipId = m.townshipId;
        v.township = m.townshipCode;
        v.memberId = m.memberId;
        v.memberName = m.memberName;
        v.post = m.post;
        v.jurisdictionCode = m.jurisdictionCode;
        v.work = m.work;
        v.virtue = m.virtue;
        v.study = m.study;
        v.total = m.total;
        v.rank = m.rank;
        v.townshipSize = m.townshipSize;
        v.countyRank = m.countyRank;
        v.countySize = m.countySize;
        v.grade = m.grade;
        v.consequence = m.consequence;
        v.version = m.version;
        return v;
    }
}
