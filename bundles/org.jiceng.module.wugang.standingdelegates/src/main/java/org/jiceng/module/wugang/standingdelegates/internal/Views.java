package org.jiceng.module.wugang.standingdelegates.internal;

import java.util.List;

import org.jiceng.registry.PersonalDataMask;

/** Entities to what clients see. */
final class Views {
    private Views() {
    }

    static StudioView of(StudioEntity s, long delegates) {
        StudioView v = new StudioView();
        v.id = s.id;
        v.jurisdictionCode = s.jurisdictionCode;
        v.name = s.name;
        v.address = s.address;
        v.delegates = delegates;
        v.version = s.version;
        return v;
    }

    static DelegateView of(DelegateEntity d, int households) {
        DelegateView v = new DelegateView();
        v.id = d.id;
        v.studioId = d.studioId;
        v.jurisdictionCode = d.jurisdictionCode;
        v.memberId = d.memberId;
        v.name = d.name;
        v.termStart = d.termStart;
        v.termEnd = d.termEnd;
        v.villageCode = d.villageCode;
        v.villageLinkedOn = d.villageLinkedOn;
        v.households = households;
        v.status = d.status;
        v.endedOn = d.endedOn;
        v.endReason = d.endReason;
        v.version = d.version;
        return v;
    }

    /** The household; in a list ({@code masked}) the phone shows its first three and last four digits only. */
    static HouseholdView of(HouseholdEntity h, boolean masked) {
        HouseholdView v = new HouseholdView();
        v.id = h.id;
        v.delegateId = h.delegateId;
        v.headName = h.headName;
        v.address = h.address;
        v.phone = masked ? PersonalDataMask.phone(h.phone) : h.phone;
        v.linkedOn = h.linkedOn;
        return v;
    }

    static DutyView of(DutyEntity d, List<ParticipantEntity> roll) {
        DutyView v = new DutyView();
        v.id = d.id;
        v.kind = d.kind;
        v.kindName = d.kind.nameZh();
        v.jurisdictionCode = d.jurisdictionCode;
        v.studioId = d.studioId;
        v.heldOn = d.heldOn;
        v.subject = d.subject;
        v.report = d.report;
        v.present = roll.stream().filter(p -> p.present).map(p -> p.delegateId).sorted().toList();
        v.absent = roll.stream().filter(p -> !p.present).map(p -> p.delegateId).sorted().toList();
        v.recordedBy = d.recordedBy;
        v.version = d.version;
        return v;
    }

    static InquiryView of(InquiryEntity i) {
        InquiryView v = new InquiryView();
        v.id = i.id;
        v.delegateId = i.delegateId;
        v.jurisdictionCode = i.jurisdictionCode;
        v.kind = i.kind;
        v.addressedTo = i.addressedTo;
        v.question = i.question;
        v.askedOn = i.askedOn;
        v.answer = i.answer;
        v.answeredOn = i.answeredOn;
        v.version = i.version;
        return v;
    }

    static ProposalView of(ProposalEntity p) {
        ProposalView v = new ProposalView();
        v.id = p.id;
        v.delegateId = p.delegateId;
        v.jurisdictionCode = p.jurisdictionCode;
        v.kind = p.kind;
        v.title = p.title;
        v.content = p.content;
        v.filedOn = p.filedOn;
        v.status = p.status;
        v.handlingUnit = p.handlingUnit;
        v.deadline = p.deadline;
        v.problemId = p.problemId;
        v.answer = p.answer;
        v.answeredOn = p.answeredOn;
        v.satisfaction = p.satisfaction;
        v.satisfactionOn = p.satisfactionOn;
        v.version = p.version;
        return v;
    }

    static EvaluationView of(EvaluationEntity e, String delegateName) {
        EvaluationView v = new EvaluationView();
        v.id = e.id;
        v.delegateId = e.delegateId;
        v.delegateName = delegateName;
        v.studioId = e.studioId;
        v.jurisdictionCode = e.jurisdictionCode;
        v.year = e.year;
        v.evaluatedOn = e.evaluatedOn;
        v.activityDaysHeld = e.activityDaysHeld;
        v.activityDaysAttended = e.activityDaysAttended;
        v.visits = e.visits;
        v.proposals = e.proposals;
        v.meetingsAndInquiries = e.meetingsAndInquiries;
        v.contactsComplete = e.contactsComplete;
        v.votesSatisfied = e.votesSatisfied;
        v.votesTotal = e.votesTotal;
        v.score = e.score;
        v.grade = e.grade;
        v.gradeName = e.grade.nameZh();
        return v;
    }
}
