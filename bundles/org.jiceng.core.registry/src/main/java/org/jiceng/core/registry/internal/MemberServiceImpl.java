package org.jiceng.core.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.core.registry.internal.development.DevelopmentRules;
import org.jiceng.core.registry.internal.references.ReferenceGuard;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.RecordReferences.ReferencedRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = MemberService.class)
public class MemberServiceImpl implements MemberService {
    private static final Map<String, String> SORT = Map.of("id", "m.id", "name", "m.name", "birthDate", "m.birthDate",
            "stage", "m.stage", "organizationId", "m.organizationId", "fullDate", "m.fullDate");

    private final CoreStore store;
    private final ReferenceGuard references;

    @Activate
    public MemberServiceImpl(@Reference CoreStore store, @Reference ReferenceGuard references) {
        this.store = store;
        this.references = references;
    }

    @Override
    public Member get(long id) {
        return store.tx().read(em -> withJurisdiction(em, List.of(load(em, id))).get(0));
    }

    @Override
    public Page<Member> find(MemberQuery query, PageRequest page) {
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("MemberEntity", "m")
                    .where("m.organizationId IN (SELECT o.id FROM OrganizationEntity o WHERE o.jurisdictionCode "
                            + OrganizationServiceImpl.IN_SUBTREE + ")", "scope", query.getJurisdictionCode())
                    .where("m.organizationId = :org", "org", query.getOrganizationId())
                    .where("m.stage = :stage", "stage", query.getStage())
                    .where("m.hasPost = :hasPost", "hasPost", query.getHasPost())
                    .contains("m.name", "name", query.getNameContains());
            q.where("m.membershipStatus = :status", "status", query.getMembershipStatus());
            Page<MemberEntity> rows = q.page(em, MemberEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            List<Member> items = withJurisdiction(em, rows.getItems());
            items.forEach(PersonalData::mask);
            return new Page<>(items, rows.getPage(), rows.getSize(), rows.getTotal());
        });
    }

    @Override
    public Member create(Member input) {
        validate(input);
        Validator v = new Validator();
        DevelopmentRules.checkNewMember(input, v);
        v.throwIfInvalid();
        DevelopmentRules.checkApplicantAge(input.getBirthDate(), input.getApplicationDate());
        MemberEntity created = store.tx().write(em -> {
            checkOrganization(em, input.getOrganizationId());
            checkUnique(em, input, null);
            MemberEntity e = new MemberEntity();
            e.apply(input);
            e.setName(e.getName().trim());
            em.persist(e);
            return e;
        });
        return get(created.getId());
    }

    @Override
    public Member update(long id, Member input) {
        validate(input);
        store.tx().write(em -> {
            MemberEntity e = load(em, id);
            ConflictException.requireVersion("Member", id, e.getVersion(), input.getVersion());
            checkOrganization(em, input.getOrganizationId());
            checkUnique(em, input, id);
            checkStageUnchanged(e.toDto(), input);
            e.apply(input);
            return e;
        });
        return get(id);
    }

    @Override
    public void delete(long id) {
        store.tx().run(em -> {
            MemberEntity e = load(em, id);
            references.refuseIfReferenced(ReferencedRecord.MEMBER, id, "Member " + id + " is referred to by",
                    "; the record stays whole: record an EXITED event instead of deleting");
            em.remove(e);
        });
    }

    @Override
    public long count() {
        return store.tx().read(em -> em.createQuery("SELECT COUNT(m) FROM MemberEntity m", Long.class).getSingleResult());
    }

    private static MemberEntity load(EntityManager em, long id) {
        MemberEntity e = em.find(MemberEntity.class, id);
        if (e == null) {
            throw new NotFoundException("Member", id);
        }
        return e;
    }

    /** Fills the read-only jurisdiction of each member from its organization, one query per page. */
    private static List<Member> withJurisdiction(EntityManager em, List<MemberEntity> rows) {
        Map<Long, String> jurisdictionOf = new HashMap<>();
        List<Long> orgIds = rows.stream().map(MemberEntity::getOrganizationId).distinct().toList();
        if (!orgIds.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT o.id, o.jurisdictionCode FROM OrganizationEntity o WHERE o.id IN :ids", Object[].class)
                    .setParameter("ids", orgIds).getResultList()) {
                jurisdictionOf.put((Long) r[0], (String) r[1]);
            }
        }
        List<Member> result = new ArrayList<>();
        for (MemberEntity e : rows) {
            Member m = e.toDto();
            m.setJurisdictionCode(jurisdictionOf.get(e.getOrganizationId()));
            result.add(m);
        }
        return result;
    }

    /** Stage, stage dates and membership status change only through development events. */
    private static void checkStageUnchanged(Member current, Member input) {
        boolean same = current.getStage() == input.getStage()
                && java.util.Objects.equals(current.getApplicationDate(), input.getApplicationDate())
                && java.util.Objects.equals(current.getActivistDate(), input.getActivistDate())
                && java.util.Objects.equals(current.getCandidateDate(), input.getCandidateDate())
                && java.util.Objects.equals(current.getProbationDate(), input.getProbationDate())
                && java.util.Objects.equals(current.getFullDate(), input.getFullDate())
                && (input.getMembershipStatus() == null || input.getMembershipStatus() == current.getMembershipStatus());
        if (!same) {
            throw new RuleViolationException("stage-via-events", "The stage, stage dates and membership status of member "
                    + current.getId() + " change only by recording a development event (POST /members/" + current.getId() + "/events)");
        }
    }

    private static void checkUnique(EntityManager em, Member m, Long selfId) {
        if (m.getIdCardNumber() != null && !m.getIdCardNumber().isBlank()) {
            List<Long> ids = em.createQuery("SELECT x.id FROM MemberEntity x WHERE x.idCardNumber = :v", Long.class)
                    .setParameter("v", m.getIdCardNumber().trim()).getResultList();
            if (!ids.isEmpty() && !ids.contains(selfId)) {
                throw new ConflictException("Another member has this ID card number");
            }
        }
        if (m.getMemberNumber() != null && !m.getMemberNumber().isBlank()) {
            List<Long> ids = em.createQuery("SELECT x.id FROM MemberEntity x WHERE x.memberNumber = :v", Long.class)
                    .setParameter("v", m.getMemberNumber().trim()).getResultList();
            if (!ids.isEmpty() && !ids.contains(selfId)) {
                throw new ConflictException("Member number " + m.getMemberNumber() + " belongs to another member");
            }
        }
    }

    private static void checkOrganization(EntityManager em, Long organizationId) {
        if (em.find(OrganizationEntity.class, organizationId) == null) {
            throw new org.jiceng.common.ValidationException("organizationId", "no organization " + organizationId);
        }
    }

    public static void validate(Member m) {
        LocalDate today = LocalDate.now();
        Validator v = new Validator()
                .require("name", m.getName())
                .maxLength("name", m.getName(), 100)
                .require("gender", m.getGender())
                .require("birthDate", m.getBirthDate())
                .require("organizationId", m.getOrganizationId())
                .require("stage", m.getStage());
        if (m.getBirthDate() != null) {
            v.check(!m.getBirthDate().isAfter(today), "birthDate", "must not be in the future");
        }
        String[] names = {"applicationDate", "activistDate", "candidateDate", "probationDate", "fullDate"};
        LocalDate[] dates = {m.getApplicationDate(), m.getActivistDate(), m.getCandidateDate(), m.getProbationDate(), m.getFullDate()};
        LocalDate previous = m.getBirthDate();
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                continue;
            }
            v.check(!dates[i].isAfter(today), names[i], "must not be in the future");
            if (previous != null) {
                v.check(!dates[i].isBefore(previous), names[i], "must not be before the previous stage");
            }
            previous = dates[i];
        }
        PersonalData.validate(m, v);
        v.throwIfInvalid();
    }
}
