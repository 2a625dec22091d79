package org.jiceng.module.xingning.rotationtalent.internal;

import java.time.LocalDate;
import java.util.EnumMap;
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
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Talent work: the talent lists by category (a talent names the core member where they are one),
 * the catalogue of urgently needed posts and the talents matched to them. Every method is scoped
 * to a jurisdiction code.
 */
@Component(service = Talents.class)
public class Talents {
    static final Set<String> TALENT_SORTABLE = Set.of("id", "name", "category");
    static final Set<String> POST_SORTABLE = Set.of("id", "title", "category", "needed");
    private static final Map<String, String> TALENT_SORT = Map.of("id", "t.id", "name", "t.name", "category", "t.category");
    private static final Map<String, String> POST_SORT = Map.of("id", "p.id", "title", "p.title", "category", "p.category", "needed", "p.needed");

    private final Store store;
    private final MemberService members;

    @Activate
    public Talents(@Reference Store store, @Reference MemberService members) {
        this.store = store;
        this.members = members;
    }

    /** Body of a needed post (new or updated). */
    public record PostInput(String title, String unit, TalentCategory category, Integer needed, Integer year, String jurisdictionCode, String note,
            Long version) {
    }

    /** Body of a new talent: a core member, or a name. */
    public record NewTalent(Long memberId, String name, TalentCategory category, String specialty, String workplace, String jurisdictionCode) {
    }

    // ---- needed posts

    PostView createPost(String code, PostInput in, LocalDate today) {
        validate(in);
        String place = placeWithin(code, in.jurisdictionCode(), "jurisdictionCode");
        return store.tx().write(em -> {
            PostEntity p = new PostEntity();
            p.jurisdictionCode = place;
            p.year = in.year() == null ? today.getYear() : in.year();
            copy(in, p);
            p.enteredBy = ModuleStore.caller();
            em.persist(p);
            em.flush();
            return p.toView(0);
        });
    }

    PostView updatePost(String code, long id, PostInput in) {
        validate(in);
        new Validator().require("version", in.version()).throwIfInvalid();
        return store.tx().write(em -> {
            PostEntity p = loadPost(em, code, id);
            ConflictException.requireVersion("Needed post", id, p.version, in.version());
            int filled = filled(em, List.of(p.id)).getOrDefault(p.id, 0);
            if (in.needed() < filled) {
                throw new ValidationException("needed", "must not be below the " + filled + " talents matched to the post");
            }
            if (in.category() != p.category && filled > 0) {
                throw new ValidationException("category", "cannot change while talents are matched to the post");
            }
            if (in.year() != null) {
                p.year = in.year();
            }
            copy(in, p);
            em.flush();
            return p.toView(filled);
        });
    }

    private static void validate(PostInput in) {
        new Validator().require("title", in.title()).maxLength("title", in.title(), 200).require("unit", in.unit()).maxLength("unit", in.unit(), 200)
                .require("category", in.category()).require("needed", in.needed()).range("needed", in.needed(), 1, 1000)
                .range("year", in.year(), 2000, 2100).maxLength("note", in.note(), 1000).throwIfInvalid();
    }

    private static void copy(PostInput in, PostEntity p) {
        p.title = in.title().trim();
        p.unit = in.unit().trim();
        p.category = in.category();
        p.needed = in.needed();
        p.note = in.note();
    }

    PostView post(String code, long id) {
        return store.tx().read(em -> {
            PostEntity p = loadPost(em, code, id);
            return p.toView(filled(em, List.of(p.id)).getOrDefault(p.id, 0));
        });
    }

    Page<PostView> posts(String code, TalentCategory category, Boolean open, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("PostEntity", "p").where("p.jurisdictionCode IN :codes", "codes", codes)
                    .where("p.category = :category", "category", category);
            if (open != null) {
                q.where("p.needed " + (open ? ">" : "<=") + " (SELECT COUNT(t) FROM TalentEntity t WHERE t.postId = p.id)");
            }
            Page<PostEntity> rows = q.page(em, PostEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), POST_SORT);
            Map<Long, Integer> filled = filled(em, rows.items().stream().map(p -> p.id).toList());
            return new Page<>(rows.items().stream().map(p -> p.toView(filled.getOrDefault(p.id, 0))).toList(), rows.page(), rows.size(),
                    rows.total());
        });
    }

    /** Talents matched per post. */
    static Map<Long, Integer> filled(EntityManager em, List<Long> postIds) {
        Map<Long, Integer> result = new HashMap<>();
        if (postIds.isEmpty()) {
            return result;
        }
        for (Object[] row : em.createQuery("SELECT t.postId, COUNT(t) FROM TalentEntity t WHERE t.postId IN :ids GROUP BY t.postId", Object[].class)
                .setParameter("ids", postIds).getResultList()) {
            result.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return result;
    }

    // ---- talents

    TalentView createTalent(String code, NewTalent in) {
        Validator v = new Validator().require("category", in.category()).require("specialty", in.specialty())
                .maxLength("specialty", in.specialty(), 200)
                .maxLength("name", in.name(), 100).maxLength("workplace", in.workplace(), 200);
        if (in.memberId() == null) {
            v.check(in.name() != null && !in.name().isBlank(), "name", "is required for a talent who is not a member");
        }
        v.throwIfInvalid();
        Member member = in.memberId() == null ? null : memberWithin(code, in.memberId());
        String place = member != null && (in.jurisdictionCode() == null || in.jurisdictionCode().isBlank())
                ? member.jurisdictionCode()
                : placeWithin(code, in.jurisdictionCode(), "jurisdictionCode");
        return store.tx().write(em -> {
            if (member != null) {
                long listed = em.createQuery("SELECT COUNT(t) FROM TalentEntity t WHERE t.memberId = :m AND t.category = :c", Long.class)
                        .setParameter("m", member.id()).setParameter("c", in.category()).getSingleResult();
                if (listed > 0) {
                    throw new ConflictException("Member " + member.id() + " is already on the " + in.category() + " talent list");
                }
            }
            TalentEntity t = new TalentEntity();
            t.jurisdictionCode = place;
            t.memberId = member == null ? null : member.id();
            t.name = member == null ? in.name().trim() : member.name();
            t.category = in.category();
            t.specialty = in.specialty().trim();
            t.workplace = in.workplace();
            t.enteredBy = ModuleStore.caller();
            em.persist(t);
            em.flush();
            return t.toView();
        });
    }

    TalentView talent(String code, long id) {
        return store.tx().read(em -> loadTalent(em, code, id).toView());
    }

    Page<TalentView> talents(String code, TalentCategory category, Long postId, Boolean matched, Boolean member, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("TalentEntity", "t").where("t.jurisdictionCode IN :codes", "codes", codes)
                    .where("t.category = :category", "category", category).where("t.postId = :post", "post", postId);
            if (matched != null) {
                q.where("t.postId IS " + (matched ? "NOT " : "") + "NULL");
            }
            if (member != null) {
                q.where("t.memberId IS " + (member ? "NOT " : "") + "NULL");
            }
            Page<TalentEntity> rows = q.page(em, TalentEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), TALENT_SORT);
            return new Page<>(rows.items().stream().map(TalentEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** Matches the talent to a needed post of its field that still needs people, or (post null) releases it from its post. */
    TalentView match(String code, long id, Long postId, Long version, LocalDate today) {
        new Validator().require("version", version).throwIfInvalid();
        return store.tx().write(em -> {
            TalentEntity t = loadTalent(em, code, id);
            ConflictException.requireVersion("Talent", id, t.version, version);
            if (postId == null) {
                t.postId = null;
                t.matchedOn = null;
            } else if (!postId.equals(t.postId)) {
                PostEntity p = loadPost(em, code, postId);
                int filled = filled(em, List.of(p.id)).getOrDefault(p.id, 0);
                String rule = TalentRules.matchRefusal(t.category, p.category, filled, p.needed);
                if (rule != null) {
                    throw new RuleViolationException(rule, rule.equals(TalentRules.RULE_POST_FULL)
                            ? "Needed post " + p.id + " is filled: " + filled + " of " + p.needed
                            : "Talent " + t.id + " is of " + t.category + ", post " + p.id + " needs " + p.category);
                }
                t.postId = p.id;
                t.matchedOn = today;
            }
            em.flush();
            return t.toView();
        });
    }

    // ---- figures

    TalentFigures figures(String code) {
        List<String> codes = store.subtreeCodes(code);
        Map<TalentCategory, TalentFigures> rows = new EnumMap<>(TalentCategory.class);
        TalentFigures total = blank(code, null);
        for (TalentCategory c : TalentCategory.values()) {
            rows.put(c, blank(code, c));
        }
        store.tx().read(em -> {
            for (List<String> chunk : Rotations.chunks(codes)) {
                for (Object[] row : em.createQuery("SELECT t.category, COUNT(t), COUNT(t.memberId), COUNT(t.postId) FROM TalentEntity t "
                        + "WHERE t.jurisdictionCode IN :codes GROUP BY t.category", Object[].class).setParameter("codes", chunk).getResultList()) {
                    for (TalentFigures f : List.of(total, rows.get((TalentCategory) row[0]))) {
                        f.talents += ((Number) row[1]).intValue();
                        f.members += ((Number) row[2]).intValue();
                        f.matched += ((Number) row[3]).intValue();
                    }
                }
                List<PostEntity> posts = em.createQuery("SELECT p FROM PostEntity p WHERE p.jurisdictionCode IN :codes", PostEntity.class)
                        .setParameter("codes", chunk).getResultList();
                Map<Long, Integer> filled = filled(em, posts.stream().map(p -> p.id).toList());
                for (PostEntity p : posts) {
                    int n = filled.getOrDefault(p.id, 0);
                    for (TalentFigures f : List.of(total, rows.get(p.category))) {
                        f.posts++;
                        f.needed += p.needed;
                        f.filled += Math.min(n, p.needed);
                        if (TalentRules.open(n, p.needed)) {
                            f.openPosts++;
                        }
                    }
                }
            }
            return null;
        });
        total.categories.addAll(rows.values());
        return total;
    }

    private static TalentFigures blank(String code, TalentCategory category) {
        TalentFigures f = new TalentFigures();
        f.jurisdictionCode = code;
        f.category = category;
        return f;
    }

    // ---- scope

    /** The jurisdiction given (or the scope itself), if it lies in the scope; one elsewhere is reported like a missing one. */
    private String placeWithin(String code, String given, String field) {
        if (given == null || given.isBlank()) {
            return code;
        }
        if (store.jurisdictions().find(given).isEmpty() || !store.within(given, code)) {
            throw new NotFoundException("Jurisdiction", given);
        }
        return given;
    }

    private Member memberWithin(String code, long memberId) {
        Member m;
        try {
            m = members.get(memberId);
        } catch (NotFoundException e) {
            throw new NotFoundException("Member", memberId);
        }
        if (m.jurisdictionCode() == null || !store.within(m.jurisdictionCode(), code)) {
            throw new NotFoundException("Member", memberId);
        }
        return m;
    }

    private PostEntity loadPost(EntityManager em, String code, long id) {
        return store.find(em, PostEntity.class, id, "Needed post", code, p -> p.jurisdictionCode);
    }

    private TalentEntity loadTalent(EntityManager em, String code, long id) {
        return store.find(em, TalentEntity.class, id, "Talent", code, t -> t.jurisdictionCode);
    }
}
