package org.jiceng.core.registry.internal.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.core.registry.internal.CoreStore;
import org.jiceng.core.registry.internal.JurisdictionTally;
import org.jiceng.core.registry.internal.MemberCounties;
import org.jiceng.core.registry.internal.MemberEntity;
import org.jiceng.core.registry.internal.OrganizationEntity;
import org.jiceng.core.registry.internal.Subtree;
import org.jiceng.development.MembershipStatus;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.transfer.MobileMember;
import org.jiceng.transfer.Transfer;
import org.jiceng.transfer.TransferService;
import org.jiceng.transfer.TransferStatus;
import org.jiceng.transfer.TransferStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TransferService.class)
public class TransferServiceImpl implements TransferService {
    private static final String ORG_IN_SUBTREE = "(SELECT o.id FROM OrganizationEntity o WHERE o.jurisdictionCode IN "
            + Subtree.CODES + ")";

    private final CoreStore store;
    private final Clock clock;

    @Activate
    public TransferServiceImpl(@Reference CoreStore store) {
        this(store, Clock.systemDefaultZone());
    }

    TransferServiceImpl(CoreStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Transfer issue(long memberId, long toOrganizationId, String letterNumber, LocalDate issuedOn, int validityDays, String recordedBy) {
        new Validator().require("letterNumber", letterNumber).maxLength("letterNumber", letterNumber, 64).require("issuedOn", issuedOn)
                .require("recordedBy", recordedBy).check(validityDays >= 1 && validityDays <= 365, "validityDays", "must be between 1 and 365")
                .check(issuedOn == null || !issuedOn.isAfter(today()), "issuedOn", "must not be in the future").throwIfInvalid();
        return store.tx().write(em -> {
            MemberEntity member = em.find(MemberEntity.class, memberId);
            if (member == null) {
                throw new NotFoundException("Member", memberId);
            }
            if (member.getMembershipStatus() != MembershipStatus.ACTIVE) {
                throw new RuleViolationException("membership-status", "Member " + memberId + " is " + member.getMembershipStatus());
            }
            if (em.find(OrganizationEntity.class, toOrganizationId) == null) {
                throw new org.jiceng.common.ValidationException("toOrganizationId", "no organization " + toOrganizationId);
            }
            if (member.getOrganizationId() == toOrganizationId) {
                throw new org.jiceng.common.ValidationException("toOrganizationId", "is the member's current organization");
            }
            for (TransferEntity other : em
                    .createQuery("SELECT t FROM TransferEntity t WHERE t.memberId = :m AND t.status IN :open", TransferEntity.class)
                    .setParameter("m", memberId).setParameter("open", List.of(TransferStatus.ISSUED, TransferStatus.RECEIVED)).getResultList()) {
                if (effectiveStatus(other).isOpen()) {
                    throw new RuleViolationException(RULE_ONE_OPEN, "Member " + memberId + " already has transfer " + other.id + " under way");
                }
            }
            long sameLetter = em.createQuery("SELECT COUNT(t) FROM TransferEntity t WHERE t.letterNumber = :l", Long.class)
                    .setParameter("l", letterNumber.trim()).getSingleResult();
            if (sameLetter > 0) {
                throw new ConflictException("Letter number " + letterNumber + " is already used");
            }
            TransferEntity t = new TransferEntity();
            t.memberId = memberId;
            t.fromOrganizationId = member.getOrganizationId();
            t.toOrganizationId = toOrganizationId;
            t.letterNumber = letterNumber.trim();
            t.issuedOn = issuedOn;
            t.validityDays = validityDays;
            t.status = TransferStatus.ISSUED;
            em.persist(t);
            em.flush();
            step(em, t, TransferStatus.ISSUED, issuedOn, recordedBy, null);
            return toDto(em, t);
        });
    }

    @Override
    public Transfer receive(long transferId, LocalDate on, String recordedBy, long version) {
        return advance(transferId, on, recordedBy, version, null, TransferStatus.ISSUED, TransferStatus.RECEIVED);
    }

    @Override
    public Transfer complete(long transferId, LocalDate on, String recordedBy, long version) {
        return advance(transferId, on, recordedBy, version, null, TransferStatus.RECEIVED, TransferStatus.COMPLETED);
    }

    @Override
    public Transfer returnLetter(long transferId, LocalDate on, String recordedBy, String reason, long version) {
        new Validator().require("reason", reason).maxLength("reason", reason, 500).throwIfInvalid();
        return advance(transferId, on, recordedBy, version, reason, TransferStatus.ISSUED, TransferStatus.RETURNED);
    }

    private Transfer advance(long transferId, LocalDate on, String recordedBy, long version, String note, TransferStatus from, TransferStatus to) {
        new Validator().require("date", on).require("recordedBy", recordedBy).maxLength("recordedBy", recordedBy, 100)
                .check(on == null || !on.isAfter(today()), "date", "must not be in the future").throwIfInvalid();
        return store.tx().write(em -> {
            TransferEntity t = load(em, transferId);
            ConflictException.requireVersion("Transfer", transferId, t.version, version);
            TransferStatus current = effectiveStatus(t);
            if (current == TransferStatus.EXPIRED) {
                throw new RuleViolationException(RULE_LETTER_EXPIRED, "The letter of transfer " + transferId + " expired on "
                        + t.issuedOn.plusDays(t.validityDays) + "; issue a new one");
            }
            if (current != from) {
                throw new RuleViolationException(RULE_STEP_ORDER, "Transfer " + transferId + " is " + current + "; " + to + " follows " + from);
            }
            if (on.isBefore(t.issuedOn)) {
                throw new org.jiceng.common.ValidationException("date", "must not be before the letter was issued (" + t.issuedOn + ")");
            }
            if (to == TransferStatus.RECEIVED && on.isAfter(t.issuedOn.plusDays(t.validityDays))) {
                throw new RuleViolationException(RULE_LETTER_EXPIRED, "The letter was valid until " + t.issuedOn.plusDays(t.validityDays));
            }
            t.status = to;
            if (to == TransferStatus.COMPLETED) {
                MemberEntity member = em.find(MemberEntity.class, t.memberId);
                JurisdictionTally.memberMoved(em, member.getOrganizationId(), t.toOrganizationId);
                String county = MemberCounties.ofOrganization(em, t.toOrganizationId); // before the change: one update of the member
                member.setOrganizationId(t.toOrganizationId);
                member.setCountyCode(county);
            }
            step(em, t, to, on, recordedBy, note);
            return toDto(em, t);
        });
    }

    /** An issued letter nobody received within its validity is expired, whether or not anyone has looked since. */
    private TransferStatus effectiveStatus(TransferEntity t) {
        if (t.status == TransferStatus.ISSUED && today().isAfter(t.issuedOn.plusDays(t.validityDays))) {
            return TransferStatus.EXPIRED;
        }
        return t.status;
    }

    @Override
    public Transfer get(long transferId) {
        return store.tx().read(em -> toDto(em, load(em, transferId)));
    }

    @Override
    public Page<Transfer> find(String jurisdictionCode, Long memberId, TransferStatus status, PageRequest page) {
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("TransferEntity", "t").where("t.memberId = :member", "member", memberId);
            if (jurisdictionCode != null) {
                q.where("(t.fromOrganizationId IN " + ORG_IN_SUBTREE + " OR t.toOrganizationId IN " + ORG_IN_SUBTREE + ")",
                        "scope", jurisdictionCode);
            }
            q.where("t.status = :status", "status", status);
            Page<TransferEntity> rows = q.page(em, TransferEntity.class, page.withDefaultOrder(new PageRequest.Order("id", false)),
                    Map.of("id", "t.id", "issuedOn", "t.issuedOn"));
            List<Transfer> items = new ArrayList<>();
            rows.items().forEach(t -> items.add(toDto(em, t)));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    @Override
    public MobileMember recordMobile(MobileMember input) {
        validate(input);
        return store.tx().write(em -> {
            if (em.find(MemberEntity.class, input.memberId()) == null) {
                throw new NotFoundException("Member", input.memberId());
            }
            MobileMemberEntity m = insertMobile(em, input);
            em.flush();
            return toDto(m);
        });
    }

    /** Writes a checked mobile member record (also used by the demo data). */
    public static MobileMemberEntity insertMobile(EntityManager em, MobileMember input) {
        MobileMemberEntity m = new MobileMemberEntity();
        m.memberId = input.memberId();
        copy(input, m);
        em.persist(m);
        return m;
    }

    @Override
    public MobileMember updateMobile(long id, MobileMember input) {
        validate(input);
        return store.tx().write(em -> {
            MobileMemberEntity m = em.find(MobileMemberEntity.class, id);
            if (m == null) {
                throw new NotFoundException("Mobile member record", id);
            }
            if (m.version != Validator.requiredVersion(input.version())) {
                throw new ConflictException("Mobile member record " + id + " is at version " + m.version + ", not " + input.version());
            }
            copy(input, m);
            em.flush();
            return toDto(m);
        });
    }

    @Override
    public Page<MobileMember> mobileMembers(String jurisdictionCode, boolean current, PageRequest page) {
        LocalDate today = today();
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("MobileMemberEntity", "x");
            Subtree.memberIn(q, "x.memberId", jurisdictionCode);
            if (current) {
                q.where("x.since <= :today", "today", today).where("(x.until IS NULL OR x.until >= :today2)", "today2", today);
            }
            Page<MobileMemberEntity> rows = q.page(em, MobileMemberEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)),
                    Map.of("id", "x.id", "since", "x.since"));
            List<MobileMember> items = new ArrayList<>();
            rows.items().forEach(m -> items.add(toDto(m)));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    private static void validate(MobileMember m) {
        Validator v = new Validator().require("memberId", m.memberId()).require("location", m.location()).maxLength("location", m.location(), 200)
                .maxLength("reason", m.reason(), 200).require("since", m.since()).maxLength("contact", m.contact(), 100);
        if (m.since() != null && m.until() != null) {
            v.check(!m.until().isBefore(m.since()), "until", "must not be before since");
        }
        v.throwIfInvalid();
    }

    private static void copy(MobileMember in, MobileMemberEntity m) {
        m.location = in.location().trim();
        m.reason = in.reason();
        m.since = in.since();
        m.until = in.until();
        m.contact = in.contact();
    }

    private static MobileMember toDto(MobileMemberEntity m) {
        return new MobileMember(m.id, m.memberId, m.location, m.reason, m.since, m.until, m.contact, m.version);
    }

    private static TransferEntity load(EntityManager em, long id) {
        TransferEntity t = em.find(TransferEntity.class, id);
        if (t == null) {
            throw new NotFoundException("Transfer", id);
        }
        return t;
    }

    private static void step(EntityManager em, TransferEntity t, TransferStatus status, LocalDate date, String recordedBy, String note) {
        TransferStepEntity s = new TransferStepEntity();
        s.transferId = t.id;
        s.status = status;
        s.date = date;
        s.recordedBy = recordedBy;
        s.note = note;
        em.persist(s);
    }

    private Transfer toDto(EntityManager em, TransferEntity t) {
        if (em.getTransaction().isActive()) {
            em.flush(); // so the version and the steps just written are what the caller sees
        }
        List<TransferStep> history = new ArrayList<>();
        em.createQuery("SELECT s FROM TransferStepEntity s WHERE s.transferId = :t ORDER BY s.id", TransferStepEntity.class)
                .setParameter("t", t.id).getResultList()
                .forEach(s -> history.add(new TransferStep(s.status, s.date, s.recordedBy, s.note)));
        return new Transfer(t.id, t.memberId, t.fromOrganizationId, t.toOrganizationId, t.letterNumber, t.issuedOn, t.validityDays,
                effectiveStatus(t), history, t.version);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
