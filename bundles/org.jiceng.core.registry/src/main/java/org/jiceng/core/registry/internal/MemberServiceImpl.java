package org.jiceng.core.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /** The sorts a cursor can follow: never-null columns (a member's full date is null until the member is full). */
    private static final Set<String> KEYSET = Set.of("name", "birthDate", "stage", "organizationId");

    private final CoreStore store;
    private final ReferenceGuard references;

    @Activate
    public MemberServiceImpl(@Reference CoreStore store, @Reference ReferenceGuard references) {
        this.store = store;
        this.references = references;
    }

    @Override
    public Member get(long id) {
        // one query for the member and its organization's jurisdiction (the core's most frequent read: every scope
        // check of a path naming a member comes here too), where em.find and withJurisdiction took two
        return store.tx().read(em -> {
            List<Object[]> rows = em.createQuery(
                    "SELECT m, o.jurisdictionCode FROM MemberEntity m, OrganizationEntity o WHERE m.id = :id AND o.id = m.organizationId",
                    Object[].class).setParameter("id", id).getResultList();
            if (rows.isEmpty()) {
                throw new NotFoundException("Member", id);
            }
            return ((MemberEntity) rows.get(0)[0]).toDto((String) rows.get(0)[1]);
        });
    }

    @Override
    public Page<Member> find(MemberQuery query, PageRequest page) {
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("MemberEntity", "m");
            if (query.organizationId() == null && query.stage() == null && MemberCounties.isCounty(em, query.jurisdictionCode())) {
                // a county's members by the county kept on their rows: one range of an index (see MemberCounties). Not for
                // one stage: a few in a hundred members are at a stage other than full, and walking the county's names to
                // find them read a row each (13.7 ms at p50 for the probationary by name); joined to the organizations,
                // the (organization, stage, status) index finds them (4.0 ms)
                q.where("m.countyCode = :county", "county", query.jurisdictionCode()).orderedWithin("m.countyCode");
            } else {
                store.subtree().organizationIn(q, em, "m.organizationId", query.jurisdictionCode(), query.organizationId());
            }
            q.where("m.organizationId = :org", "org", query.organizationId())
                    .where("m.stage = :stage", "stage", query.stage())
                    .where("m.hasPost = :hasPost", "hasPost", query.hasPost())
                    .contains("m.name", "name", query.nameContains());
            q.where("m.membershipStatus = :status", "status", query.membershipStatus());
            if (page.after() == null && wholeSubtree(query)) {
                q.knownTotal(JurisdictionTally.members(em, query.jurisdictionCode()));
            }
            PageRequest ordered = page.withDefaultOrder(new PageRequest.Order("id", true));
            // A name searched is tested on the (organization, name) index, not on every member's row (see V13); a search
            // continued after a cursor, and every other list, page by keyset once past the first page (see V14).
            Page<MemberEntity> rows = query.nameContains() == null || query.nameContains().isBlank() || ordered.after() != null
                    ? q.pageWithCursor(em, MemberEntity.class, ordered, SORT, KEYSET)
                    : q.pageByIds(em, MemberEntity.class, ordered, SORT);
            List<Member> items = withJurisdiction(em, rows.items()).stream().map(PersonalData::mask).toList();
            return new Page<>(items, rows.page(), rows.size(), rows.total(), rows.next());
        });
    }

    /** Whether the query asks for every member of its jurisdiction's subtree, whose number is kept (see {@link JurisdictionTally}). */
    private static boolean wholeSubtree(MemberQuery query) {
        return query.organizationId() == null && query.stage() == null && query.hasPost() == null
                && (query.nameContains() == null || query.nameContains().isBlank()) && query.membershipStatus() == null;
    }

    @Override
    public Member create(Member input) {
        validate(input);
        Validator v = new Validator();
        DevelopmentRules.checkNewMember(input, v);
        v.throwIfInvalid();
        DevelopmentRules.checkApplicantAge(input.birthDate(), input.applicationDate());
        MemberEntity created = store.tx().write(em -> {
            checkOrganization(em, input.organizationId());
            checkUnique(em, input, null);
            MemberEntity e = new MemberEntity();
            e.apply(input);
            e.setName(e.getName().trim());
            e.setCountyCode(MemberCounties.ofOrganization(em, input.organizationId()));
            em.persist(e);
            JurisdictionTally.member(em, input.organizationId(), 1);
            return e;
        });
        return get(created.getId());
    }

    @Override
    public Member update(long id, Member input) {
        validate(input);
        Edited edited = store.tx().write(em -> {
            MemberEntity e = load(em, id);
            ConflictException.requireVersion("Member", id, e.getVersion(), input.version());
            // references and unique numbers the edit leaves as stored are not looked up again: the foreign key and the
            // unique indexes keep them valid, and most edits change neither (a name, a post, an address)
            if (e.getOrganizationId() != input.organizationId().longValue()) {
                checkOrganization(em, input.organizationId());
            }
            checkUnique(em, input, e);
            checkStageUnchanged(e.toDto(), input);
            long organizationBefore = e.getOrganizationId();
            // looked up before the record changes: a query after it would flush the change first, and the county set
            // after that flush would be a second update (and a second audit entry) of the same edit
            String county = organizationBefore == input.organizationId()
                    ? e.getCountyCode()
                    : MemberCounties.ofOrganization(em, input.organizationId());
            e.apply(input);
            e.setCountyCode(county);
            JurisdictionTally.memberMoved(em, organizationBefore, input.organizationId());
            // the answer's jurisdiction read here (a find does not flush), not by a read of the whole record after the commit
            return new Edited(e, em.find(OrganizationEntity.class, e.getOrganizationId()).getJurisdictionCode());
        });
        return edited.member().toDto(edited.jurisdictionCode());
    }

    /** An edited member, its version moved by the commit, and the jurisdiction of its organization. */
    private record Edited(MemberEntity member, String jurisdictionCode) {
    }

    @Override
    public void delete(long id) {
        store.tx().run(em -> {
            MemberEntity e = load(em, id);
            references.refuseIfReferenced(ReferencedRecord.MEMBER, id, "Member " + id + " is referred to by",
                    "; the record stays whole: record an EXITED event instead of deleting");
            em.remove(e);
            JurisdictionTally.member(em, e.getOrganizationId(), -1);
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
            result.add(e.toDto(jurisdictionOf.get(e.getOrganizationId())));
        }
        return result;
    }

    /** Stage, stage dates and membership status change only through development events. */
    private static void checkStageUnchanged(Member current, Member input) {
        boolean same = current.stage() == input.stage()
                && java.util.Objects.equals(current.applicationDate(), input.applicationDate())
                && java.util.Objects.equals(current.activistDate(), input.activistDate())
                && java.util.Objects.equals(current.candidateDate(), input.candidateDate())
                && java.util.Objects.equals(current.probationDate(), input.probationDate())
                && java.util.Objects.equals(current.fullDate(), input.fullDate())
                && (input.membershipStatus() == null || input.membershipStatus() == current.membershipStatus());
        if (!same) {
            throw new RuleViolationException("stage-via-events", "The stage, stage dates and membership status of member "
                    + current.id() + " change only by recording a development event (POST /members/" + current.id() + "/events)");
        }
    }

    /** Refuses an ID card or member number another member holds; a number the edit leaves as {@code stored} is not looked up. */
    private static void checkUnique(EntityManager em, Member m, MemberEntity stored) {
        Long selfId = stored == null ? null : stored.getId();
        String idCard = MemberEntity.blankToNull(m.idCardNumber()); // as the record stores it
        if (idCard != null && (stored == null || !idCard.equals(stored.getIdCardNumber()))) {
            List<Long> ids = em.createQuery("SELECT x.id FROM MemberEntity x WHERE x.idCardNumber = :v", Long.class)
                    .setParameter("v", idCard).getResultList();
            if (!ids.isEmpty() && !ids.contains(selfId)) {
                throw new ConflictException("Another member has this ID card number");
            }
        }
        String number = MemberEntity.blankToNull(m.memberNumber());
        if (number != null && (stored == null || !number.equals(stored.getMemberNumber()))) {
            List<Long> ids = em.createQuery("SELECT x.id FROM MemberEntity x WHERE x.memberNumber = :v", Long.class)
                    .setParameter("v", number).getResultList();
            if (!ids.isEmpty() && !ids.contains(selfId)) {
                throw new ConflictException("Member number " + m.memberNumber() + " belongs to another member");
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
                .require("name", m.name())
                .maxLength("name", m.name(), 100)
                .require("gender", m.gender())
                .require("birthDate", m.birthDate())
                .require("organizationId", m.organizationId())
                .require("stage", m.stage());
        if (m.birthDate() != null) {
            v.check(!m.birthDate().isAfter(today), "birthDate", "must not be in the future");
        }
        String[] names = {"applicationDate", "activistDate", "candidateDate", "probationDate", "fullDate"};
        LocalDate[] dates = {m.applicationDate(), m.activistDate(), m.candidateDate(), m.probationDate(), m.fullDate()};
        LocalDate previous = m.birthDate();
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
