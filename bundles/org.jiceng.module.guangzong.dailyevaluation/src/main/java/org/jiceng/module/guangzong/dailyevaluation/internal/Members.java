package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.Params;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The members and cadres on a township's evaluation: the core's members of that township, one evaluation a member and year. */
@Component(service = Members.class)
public class Members {
    static final String RULE_NOT_IN_TOWNSHIP = "member-not-in-township";
    static final Set<String> SORTABLE = Set.of("id", "rank", "countyRank", "total", "memberName", "township");
    private static final Map<String, Comparator<MemberView>> SORT = Map.of("id", Comparator.comparingLong(m -> m.id), "rank",
            Comparator.comparing(m -> m.rank, Comparator.nullsLast(Comparator.naturalOrder())), "countyRank",
            Comparator.comparing(m -> m.countyRank, Comparator.nullsLast(Comparator.naturalOrder())), "total",
            Comparator.comparing(m -> m.total, Comparator.nullsFirst(Comparator.naturalOrder())), "memberName",
            Comparator.comparing(m -> m.memberName), "township", Comparator.comparing(m -> m.township));

    private final Store store;
    private final Townships townships;
    private final Evaluation evaluation;
    private final MemberService members;

    @Activate
    public Members(@Reference Store store, @Reference Townships townships, @Reference Evaluation evaluation, @Reference MemberService members) {
        this.store = store;
        this.townships = townships;
        this.evaluation = evaluation;
        this.members = members;
    }

    /** Puts a registry member of the township on its evaluation; the year is recomputed so the newcomer is ranked at once. */
    MemberView enroll(String code, long townshipId, EnrolmentInput input) {
        return enroll(code, townshipId, input, true);
    }

    /** The same, recomputing the year or not (the demo enrols a township's members and then recomputes once). */
    MemberView enroll(String code, long townshipId, EnrolmentInput input, boolean recompute) {
        EnrolmentInput in = Params.body(input);
        new Validator().require("memberId", in.memberId).maxLength("post", in.post, 100).throwIfInvalid();
        TownshipEntity township = store.tx().read(em -> townships.find(em, code, townshipId));
        Member member = registryMember(in.memberId);
        if (member.jurisdictionCode() == null || !store.within(member.jurisdictionCode(), township.townshipCode)) {
            throw new RuleViolationException(RULE_NOT_IN_TOWNSHIP, member.name() + " (" + member.jurisdictionCode() + ") is not a member of "
                    + township.townshipName + ": a township evaluates its own members and cadres");
        }
        long id = store.tx().write(em -> {
            Years.requireOpen(em, township.countyCode, township.year);
            List<EvaluatedEntity> already = em
                    .createQuery("SELECT m FROM EvaluatedEntity m WHERE m.year = :y AND m.memberId = :m", EvaluatedEntity.class)
                    .setParameter("y", township.year).setParameter("m", member.id()).getResultList();
            if (!already.isEmpty()) {
                throw new ConflictException(member.name() + " is already on the evaluation of " + township.year + " (one a member and year)");
            }
            EvaluatedEntity m = new EvaluatedEntity();
            m.townshipId = township.id;
            m.year = township.year;
            m.memberId = member.id();
            m.memberName = member.name();
            m.post = Store.blankToNull(in.post);
            m.jurisdictionCode = member.jurisdictionCode();
            m.townshipCode = township.townshipCode;
            m.countyCode = township.countyCode;
            m.enrolledBy = Store.caller();
            em.persist(m);
            em.flush();
            return m.id;
        });
        if (recompute) {
            evaluation.recompute(township.countyCode, township.year, Set.of(id));
        }
        return get(code, id);
    }

    /** A member of the registry, 404 naming the request's field when there is none (or none the caller may see). */
    Member registryMember(long memberId) {
        try {
            return members.get(memberId);
        } catch (NotFoundException e) {
            throw new NotFoundException("Member", memberId);
        }
    }

    EvaluatedEntity find(EntityManager em, String code, long id) {
        return store.find(em, EvaluatedEntity.class, id, "Evaluated member", code, m -> m.jurisdictionCode);
    }

    MemberView get(String code, long id) {
        return store.tx().read(em -> MemberView.of(find(em, code, id)));
    }

    /** The year's evaluated members of the subtree, filtered by township and grade, as a page. */
    Page<MemberView> list(String code, int year, String township, String grade, PageRequest page) {
        List<MemberView> rows = new ArrayList<>();
        for (EvaluatedEntity m : all(code, year)) {
            if ((township == null || township.equals(m.townshipCode)) && (grade == null || grade.equals(m.grade))) {
                rows.add(MemberView.of(m));
            }
        }
        return Pages.ofList(rows, page, SORT, "id");
    }

    /** Every evaluated member of the year in the subtree, in county rank order. */
    List<EvaluatedEntity> all(String code, int year) {
        return store.tx().read(em -> em
                .createQuery("SELECT m FROM EvaluatedEntity m WHERE m.year = :y AND m.jurisdictionCode IN :codes "
                        + "ORDER BY m.countyRank, m.townshipCode, m.rank, m.id", EvaluatedEntity.class)
                .setParameter("y", year).setParameter("codes", store.subtreeCodes(code)).getResultList());
    }
}
