package org.jiceng.module.xingning.towncongress.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jiceng.procedure.ProcedureInstance;

/** What the REST interface shows (JSON). */
public final class Views {
    private Views() {
    }

    public record Delegate(Long id, String townCode, Long memberId, String name, String constituency, int termStart, int termEnd,
            DelegateStatus status, LocalDate statusChangedOn, String statusReason, Long replacesId, Long version) {
        static Delegate of(DelegateEntity d) {
            return new Delegate(d.id, d.townCode, d.memberId, d.name, d.constituency, d.termStart, d.termEnd, d.status, d.statusChangedOn,
                    d.statusReason, d.replacesId, d.version);
        }
    }

    public record AgendaItem(Long id, int number, AgendaItemType type, String title, ItemStatus status, String outcome, Integer votesFor,
            Integer votesAgainst, Integer abstentions, Boolean adopted, String doneBy, Long version) {
        static AgendaItem of(AgendaItemEntity a) {
            return new AgendaItem(a.id, a.number, a.type, a.title, a.status, a.outcome, a.votesFor, a.votesAgainst, a.abstentions, a.adopted,
                    a.doneBy, a.version);
        }
    }

    /**
     * @param quorumMinimum attendance an electing session needs (more than the configured share of the delegates)
     * @param quorumReached whether the recorded attendance reaches it (false before the roll is taken)
     */
    public record Session(Long id, String townCode, String townName, int year, String title, LocalDate convenedOn, BigDecimal days, String venue,
            LocalDate peopleCongressOn, LocalDate noticeIssuedOn, String noticeText, SessionStatus status, int delegatesTotal,
            Integer presentCount, int quorumMinimum, boolean quorumReached, LocalDate closedOn, String createdBy, List<AgendaItem> agenda,
            Long version) {
    }

    public record Credential(String credentialNo, long delegateId, String name, String constituency, Boolean present, String absenceReason) {
    }

    public record Candidate(Long id, String name, Long memberId, Integer votes, CandidateOutcome outcome) {
        static Candidate of(CandidateEntity c) {
            return new Candidate(c.id, c.name, c.memberId, c.votes, c.outcome);
        }
    }

    /** @param majority votes a candidate needs: more than half of the voters present */
    public record Election(Long id, long sessionId, ElectionKind kind, int seats, ElectionStatus status, Integer votersPresent, Integer majority,
            Integer ballotsIssued, Integer ballotsReturned, Integer invalidBallots, Integer seatsFilled, Integer seatsUnfilled, String minutes,
            String countedBy, LocalDateTime countedAt, List<Candidate> candidates, Long version) {
    }

    public record SubjectResult(SubjectType subjectType, String subjectName, long satisfied, long basicallySatisfied, long dissatisfied, long total,
            BigDecimal satisfactionRate) {
    }

    /** @param ballots evaluation ballots cast; results per subject, committees first */
    public record Evaluation(long sessionId, long ballots, List<SubjectResult> results) {
    }

    public record Proposal(Long id, String townCode, long sessionId, int sessionYear, String title, String content, long leadDelegateId,
            List<Long> cosigners, int signers, ProposalKind kind, ProposalStatus status, LocalDate filedOn, String filedBy, String handlingUnit,
            LocalDate deadline, Long problemId, String handlingResult, LocalDate handledOn, String reply, LocalDate repliedOn,
            Rating satisfaction, Long version) {
        static Proposal of(ProposalEntity p) {
            return new Proposal(p.id, p.townCode, p.sessionId, p.sessionYear, p.title, p.content, p.leadDelegateId, List.copyOf(p.cosigners),
                    1 + p.cosigners.size(), p.kind, p.status, p.filedOn, p.filedBy, p.handlingUnit, p.deadline, p.problemId,
                    p.handlingResult, p.handledOn, p.reply, p.repliedOn, p.satisfaction, p.version);
        }
    }

    /**
     * The report on how proposals were handled, heard at a session: those filed at the previous
     * year's session, and every earlier one still unfinished (carried over).
     */
    public record HandlingReport(long sessionId, String townCode, int year, int total, int replied, int satisfied, int carriedOver,
            List<ReportLine> proposals) {
    }

    /** @param carriedOver unfinished: it will be reported again next year */
    public record ReportLine(Proposal proposal, boolean carriedOver) {
    }

    public record JointMeeting(Long id, String jurisdictionCode, MeetingKind kind, LocalDate heldOn, String topic, String convener,
            Map<AttendeeCategory, Integer> attendees, int attendeesTotal, String decisions, String createdBy, ProcedureInstance procedure,
            Long version) {
    }

    /** A village and when it last held a joint meeting of the kind. */
    public record MeetingDue(String jurisdictionCode, String name, MeetingKind kind, LocalDate lastHeld, Long daysSince, int maxDays) {
    }
}
