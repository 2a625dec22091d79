package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;
import java.util.List;

/** A candidate with the four conditions (each held or not, with its evidence), consultation and training. */
public record CandidateView(Long id, int year, long memberId, String name, String jurisdictionCode, boolean nonLeading,
        Condition fullMember, Condition partyExperience, Condition soundConduct, Condition fitToWork, boolean eligible,
        List<String> missingConditions, LocalDate personConsultedOn, String personOpinion, LocalDate unitConsultedOn, String unitOpinion,
        LocalDate trainingCompletedOn, boolean trainingPassed, String trainingNote, String recordedBy, Long version) {

    /** One eligibility condition: whether it holds and the evidence it rests on. */
    public record Condition(boolean met, String evidence) {
    }
}
