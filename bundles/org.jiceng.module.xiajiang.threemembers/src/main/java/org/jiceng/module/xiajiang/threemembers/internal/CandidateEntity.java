package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A person considered in a year, with the four conditions, the consultation and the pre-post training. */
@Entity
@Table(name = "x3m_candidate")
public class CandidateEntity {
    @Id
    @SequenceGenerator(name = "x3m_seq", sequenceName = "x3m_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "x3m_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "work_year", nullable = false)
    int workYear;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    /** On the 改非 list when added (the main source of the three members). */
    @Column(name = "non_leading", nullable = false)
    boolean nonLeading;

    @Column(name = "full_member", nullable = false)
    boolean fullMember;

    @Column(name = "full_member_evidence")
    String fullMemberEvidence;

    @Column(name = "party_experience", nullable = false)
    boolean partyExperience;

    @Column(name = "party_experience_evidence")
    String partyExperienceEvidence;

    @Column(name = "sound_conduct", nullable = false)
    boolean soundConduct;

    @Column(name = "sound_conduct_evidence")
    String soundConductEvidence;

    @Column(name = "fit_to_work", nullable = false)
    boolean fitToWork;

    @Column(name = "fit_to_work_evidence")
    String fitToWorkEvidence;

    @Column(name = "person_consulted_on")
    LocalDate personConsultedOn;

    @Column(name = "person_opinion")
    String personOpinion;

    @Column(name = "unit_consulted_on")
    LocalDate unitConsultedOn;

    @Column(name = "unit_opinion")
    String unitOpinion;

    @Column(name = "training_completed_on")
    LocalDate trainingCompletedOn;

    @Column(name = "training_passed", nullable = false)
    boolean trainingPassed;

    @Column(name = "training_note")
    String trainingNote;

    @Column(name = "recorded_by", nullable = false)
    String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    java.util.List<String> missingConditions() {
        return Rules.missingConditions(fullMember, partyExperience, soundConduct, fitToWork);
    }

    CandidateView toView() {
        return new CandidateView(id, workYear, memberId, name, jurisdictionCode, nonLeading,
                new CandidateView.Condition(fullMember, fullMemberEvidence), new CandidateView.Condition(partyExperience, partyExperienceEvidence),
                new CandidateView.Condition(soundConduct, soundConductEvidence), new CandidateView.Condition(fitToWork, fitToWorkEvidence),
                missingConditions().isEmpty(), missingConditions(), personConsultedOn, personOpinion, unitConsultedOn, unitOpinion,
                trainingCompletedOn, trainingPassed, trainingNote, recordedBy, version);
    }
}
