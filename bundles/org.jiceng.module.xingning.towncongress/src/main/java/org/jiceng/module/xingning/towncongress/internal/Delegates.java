package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    public Views.Delegate create(String code, NewDelegate in) {
        Validator v = new Validator().require("townCode", in.townCode()).require("constituency", in.constituency())
                .require("termStart", in.termStart()).require("termEnd", in.termEnd()).maxLength("constituency", in.constituency(), 200)
                .maxLength("name", in.name(), 100).range("termStart", in.termStart(), 1949, 2200);
        if (in.memberId() == null) {
            v.require("name", in.name());
        }
        if (in.termStart() != null && in.termEnd() != null) {
            v.check(in.termEnd() >= in.termStart() && in.termEnd() - in.termStart() < TERM_YEARS, "termEnd",
                    "must be within the five-year term starting " + in.termStart());
        }
        if (in.memberId() != null && in.townCode() != null) {
            String problem = memberProblem(in.memberId(), in.townCode());
            v.check(problem == null, "memberId", problem);
        }
        v.throwIfInvalid();
        town(code, in.townCode(), "townCode");
        DelegateEntity d = new DelegateEntity();
        fill(d, in.townCode(), in, "");
        d.termStart = in.termStart();
        d.termEnd = in.termEnd();
        return Views.Delegate.of(store.tx().write(em -> {
            em.persist(d);
            return d;
        }));
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
            fill(next, current.townCode, in.replacement(), "replacement.");
        }
        return store.tx().write(em -> {
            DelegateEntity d = load(em, code, id);
            if (d.version != in.version()) {
                throw new ConflictException("Delegate " + id + " is at version " + d.version + ", not " + in.version());
            }
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
        List<String> towns = townCode == null ? townsOf(code) : List.of(town(code, townCode, "town").getCode());
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("DelegateEntity", "d").where("d.townCode IN :towns", "towns", CongressStore.nonEmpty(towns))
                    .where("d.status = :status", "status", status).where("d.termStart <= :y1", "y1", year).where("d.termEnd >= :y2", "y2", year);
            Page<DelegateEntity> rows = q.page(em, DelegateEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            List<Views.Delegate> items = new ArrayList<>();
            rows.getItems().forEach(d -> items.add(Views.Delegate.of(d)));
            return new Page<>(items, rows.getPage(), rows.getSize(), rows.getTotal());
        });
    }

    private DelegateEntity load(javax.persistence.EntityManager em, String code, long id) {
        return store.load(em, DelegateEntity.class, id, "Delegate", code, d -> d.townCode);
    }

    private void fill(DelegateEntity d, String townCode, NewDelegate in, String prefix) {
        d.townCode = townCode;
        d.constituency = in.constituency();
        d.name = in.name();
        if (in.memberId() != null) {
            String problem = memberProblem(in.memberId(), townCode);
            if (problem != null) {
                throw new ValidationException(prefix + "memberId", problem);
            }
            Member m = members.get(in.memberId());
            d.memberId = m.getId();
            d.name = m.getName();
        }
    }

    /** Why the member cannot be a delegate of the town, or null: a delegate is a Party member of the town. */
    private String memberProblem(long memberId, String townCode) {
        Member m;
        try {
            m = members.get(memberId);
        } catch (NotFoundException e) {
            return "no member " + memberId;
        }
        if (m.getJurisdictionCode() == null || !store.jurisdictions().isWithin(m.getJurisdictionCode(), townCode)) {
            return "member " + memberId + " does not belong to town " + townCode;
        }
        return null;
    }

    /** A township (乡镇) of the subtree; anything else is a 400 on {@code field}, one outside the subtree 404. */
    Jurisdiction town(String code, String townCode, String field) {
        Jurisdiction j = store.jurisdictions().find(townCode).orElseThrow(() -> new NotFoundException("Jurisdiction", townCode));
        if (!store.jurisdictions().isWithin(j.getCode(), code)) {
            throw new NotFoundException("Jurisdiction " + townCode + " not found in jurisdiction '" + code + "'");
        }
        if (j.getLevel() != JurisdictionLevel.TOWNSHIP) {
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
            codes.add(j.getCode());
        }
        return codes;
    }

    List<Jurisdiction> jurisdictionsOf(String code, JurisdictionLevel level) {
        return store.jurisdictions().subtreeList(code, level);
    }
}
