package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;

/** Body of POST and PUT /candidates: the four conditions with evidence, the consultation and the training. */
public class CandidateInput {
    public Integer year;
    public Long memberId;
    public Condition fullMember;
    public Condition partyExperience;
    public Condition soundConduct;
    public Condition fitToWork;
    public LocalDate personConsultedOn;
    public String personOpinion;
    public LocalDate unitConsultedOn;
    public String unitOpinion;
    public LocalDate trainingCompletedOn;
    public Boolean trainingPassed;
    public String trainingNote;
    public Long version;

    /** One condition: whether it holds and the evidence (required when it holds). */
    public static class Condition {
        public Boolean met;
        public String evidence;
    }
}
