package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A town's congress delegates for the term: who, for which constituency, and replacements. */
@Component(service = Delegates.class)
public class Delegates {
    static final Set<String> SORTABLE = Set.of("id", "name", "constituency", "termStart", "status");
    private static final Map<String, String> SORT = Map.of("id", "d.id", "name", "d.name", "constituency", "d.constituency", "termStart",
            "d.termStart", "status", "d.status");
    /** A town Party congress is elected for five years. */
    static final int TERM_YEARS = 5;

    /** A new delegate; {@code name} defaults to the member's name when {@code memberId} is given. */
    public record NewDelegate(String townCode, Long memberId, String name, String constituency, Integer termStart, Integer termEnd) {
    }

    /** Ends a delegate's service; with {@code replacement} the new delegate takes over the constituency. */
    public record Change(String reason, LocalDate on, NewDelegate replacement, Long version) {
    }

    private final CongressStore store;
    private final MemberService members;

    @Activate
    public Delegates(@Reference CongressStore store, @Reference MemberService members) {
        this.store = store;
        this.members = members;
    }

    /** Registers one delegate of a town for the term. */
    public Views.Delegate create(String code, NewDelegate in) {
        return create(code, List.of(in), i -> "").get(0);
    }

    /**
     * Registers the delegates a town elected for the term, as the election result lists them, all or
     * none: each is checked as by {@link #create}, a refused one named {@code delegates[i].field}.
     */
    public List<Views.Delegate> createAll(String code, List<NewDelegate> in) {
        Validator v = new Validator().require("delegates", in);
        for (int i = 0; in != null && i < in.size(); i++) {
            v.require("delegates[" + i + "]", in.get(i));
        }
        v.throwIfInvalid();
        return create(code, in, i -> "delegates[" + i + "].");
    }

    private List<Views.Delegate> create(String code, List<NewDelegate> in, IntFunction<String> at) {
        Validator v = new Validator();
        List<DelegateEntity> elected = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            elected.add(checked(v, at.apply(i), in.get(i)));
        }
        v.throwIfInvalid();
        Set<String> towns = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            if (towns.add(in.get(i).townCode())) {
                town(code, in.get(i).townCode(), at.apply(i) + "townCode");
            }
        }
        List<DelegateEntity> saved = store.tx().write(em -> {
            elected.forEach(em::persist);
            return elected;
        });
        List<Views.Delegate> result = new ArrayList<>();
        saved.forEach(d -> result.add(Views.Delegate.of(d)));
        return result;
    }

    /** The delegate {@code in} describes; what is wrong with it is added to {@code v}, each field after {@code prefix}. */
    private DelegateEntity checked(Validator v, String prefix, NewDelegate in) {
        v.require(prefix + "townCode", in.townCode()).require(prefix + "constituency", in.constituency())
                .require(prefix + "termStart", in.termStart()).require(prefix + "termEnd", in.termEnd())
                .maxLength(prefix + "constituency", in.constituency(), 200).maxLength(prefix + "name", in.name(), 100)
                .range(prefix + "termStart", in.termStart(), 1949, 2200);
        if (in.memberId() == null) {
            v.require(prefix + "name", in.name());
        }
        DelegateEntity d = new DelegateEntity();
        if (in.termStart() != null && in.termEnd() != null) {
            v.check(in.termEnd() >= in.termStart() && in.termEnd() - in.termStart() < TERM_YEARS, prefix + "termEnd",
                    "must be within the five-year term starting " + in.termStart());
            d.termStart = in.termStart();
            d.termEnd = in.termEnd();
        }
        fill(v, d, in.townCode(), in, prefix);
        return d;
    }

    /** Ends the service of a delegate (LEFT), or replaces the delegate by another one (REPLACED). */
    public Views.Delegate change(String code, long id, Change in) {
        Validator v = new Validator().require("reason", in.reason()).maxLength("reason", in.reason(), 500);
        v.require("version", in.version());
        if (in.replacement() != null) {
            v.require("replacement.constituency", in.replacement().constituency());
            if (in.replacement().memberId() == null) {
                v.require("replacement.name", in.replacement().name());
            }
        }
        v.throwIfInvalid();
        LocalDate on = in.on() == null ? LocalDate.now() : in.on();
        DelegateEntity next = new DelegateEntity();
        DelegateEntity current = store.tx().read(em -> load(em, code, id));
        if (in.replacement() != null) {
            Validator rv = new Validator();
            fill(rv, next, current.townCode, in.replacement(), "replacement.");
            rv.throwIfInvalid();
        }
        return store.tx().write(em -> {
            DelegateEntity d = load(em, code, id);
            ConflictException.requireVersion("Delegate", id, d.version, in.version());
            if (d.status != DelegateStatus.ACTIVE) {
                throw new RuleViolationException("delegate-active", "Delegate " + id + " no longer serves (" + d.status + ")");
            }
            d.status = in.replacement() == null ? DelegateStatus.LEFT : DelegateStatus.REPLACED;
            d.statusChangedOn = on;
            d.statusReason = in.reason();
            if (in.replacement() != null) {
                next.termStart = Math.max(d.termStart, on.getYear());
                next.termEnd = d.termEnd;
                next.replacesId = d.id;
                em.persist(next);
                em.flush();
                return Views.Delegate.of(next);
            }
            return Views.Delegate.of(d);
        });
    }

    public Views.Delegate get(String code, long id) {
        return store.tx().read(em -> Views.Delegate.of(load(em, code, id)));
    }

    /** Delegates of the towns in the subtree, optionally of one town, serving in {@code year}, or of one status. */
    public Page<Views.Delegate> list(String code, String townCode, Integer year, DelegateStatus status, PageRequest page) {
        List<String> towns = townCode == null ? townsOf(code) : List.of(town(code, townCode, "town").code());
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("DelegateEntity", "d").where("d.townCode IN :towns", "towns", CongressStore.nonEmpty(towns))
                    .where("d.status = :status", "status", status).where("d.termStart <= :y1", "y1", year).where("d.termEnd >= :y2", "y2", year);
            Page<DelegateEntity> rows = q.page(em, DelegateEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            List<Views.Delegate> items = new ArrayList<>();
            rows.items().forEach(d -> items.add(Views.Delegate.of(d)));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    private DelegateEntity load(javax.persistence.EntityManager em, String code, long id) {
        return store.load(em, DelegateEntity.class, id, "Delegate", code, d -> d.townCode);
    }

    /** Fills the delegate in, with the member's own name when a member is given (a member who cannot be one is an error on {@code memberId}). */
    private void fill(Validator v, DelegateEntity d, String townCode, NewDelegate in, String prefix) {
        d.townCode = townCode;
        d.constituency = in.constituency();
        d.name = in.name();
        if (in.memberId() != null && townCode != null) {
            Member m = memberOfTown(v, prefix + "memberId", in.memberId(), townCode);
            if (m != null) {
                d.memberId = m.id();
                d.name = m.name();
            }
        }
    }

    /** The member, if a Party member of the town (what a delegate is); else null, and the reason added to {@code v} on {@code field}. */
    private Member memberOfTown(Validator v, String field, long memberId, String townCode) {
        Member m;
        try {
            m = members.get(memberId);
        } catch (NotFoundException e) {
            v.check(false, field, "no member " + memberId);
            return null;
        }
        boolean ofTown = m.jurisdictionCode() != null && store.jurisdictions().isWithin(m.jurisdictionCode(), townCode);
        v.check(ofTown, field, "member " + memberId + " does not belong to town " + townCode);
        return ofTown ? m : null;
    }

    /** A township (乡镇) of the subtree; anything else is a 400 on {@code field}, one outside the subtree 404. */
    Jurisdiction town(String code, String townCode, String field) {
        Jurisdiction j = store.jurisdictions().find(townCode).orElseThrow(() -> new NotFoundException("Jurisdiction", townCode));
        if (!store.jurisdictions().isWithin(j.code(), code)) {
            throw new NotFoundException("Jurisdiction " + townCode + " not found in jurisdiction '" + code + "'");
        }
        if (j.level() != JurisdictionLevel.TOWNSHIP) {
            throw new ValidationException(field, townCode + " is not a town (township level)");
        }
        return j;
    }

    /** The towns of the subtree (the code itself when it is a town). */
    List<String> townsOf(String code) {
        return codesOf(code, JurisdictionLevel.TOWNSHIP);
    }

    List<String> codesOf(String code, JurisdictionLevel level) {
        List<String> codes = new ArrayList<>();
        for (Jurisdiction j : jurisdictionsOf(code, level)) {
            codes.add(j.code());
        }
        return codes;
    }

    List<Jurisdiction> jurisdictionsOf(String code, JurisdictionLevel level) {
        return store.jurisdictions().subtreeList(code, level);
    }
}
