package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.Params;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.registry.Member;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Dated score entries (日常记分) through the year: the township records an item of a board for one
 * of its members, with the points and the reason; the year is recomputed on the engine after each
 * batch, so totals and rankings follow the entries at once.
 */
@Component(service = Entries.class)
public class Entries {
    static final String RULE_NOT_ENROLLED = "member-not-enrolled";
    static final Set<String> SORTABLE = Set.of("id", "recordedOn", "points", "board");
    private static final Map<String, Comparator<EntryView>> SORT = Map.of("id", Comparator.comparingLong(e -> e.id), "recordedOn",
            Comparator.comparing(e -> e.recordedOn), "points", Comparator.comparingDouble(e -> e.points), "board",
            Comparator.comparing(e -> e.board));

    private final Store store;
    private final Townships townships;
    private final Members members;
    private final Evaluation evaluation;

    @Activate
    public Entries(@Reference Store store, @Reference Townships townships, @Reference Members members, @Reference Evaluation evaluation) {
        this.store = store;
        this.townships = townships;
        this.members = members;
        this.evaluation = evaluation;
    }

    EntryView add(String code, long townshipId, EntryInput input, LocalDate today) {
        return addAll(code, townshipId, List.of(Params.body(input)), today).get(0);
    }

    /** Records entries of the township's members in one transaction (a month's at once), then recomputes the year. */
    List<EntryView> addAll(String code, long townshipId, List<EntryInput> inputs, LocalDate today) {
        return addAll(code, townshipId, inputs, today, true);
    }

    /** The same, recomputing the year or not (the demo records a township's year and then recomputes once). */
    List<EntryView> addAll(String code, long townshipId, List<EntryInput> inputs, LocalDate today, boolean recompute) {
        List<Item> items = validate(inputs);
        TownshipEntity township = store.tx().read(em -> townships.find(em, code, townshipId));
        List<EntryView> out = store.tx().write(em -> {
            Years.requireOpen(em, township.countyCode, township.year);
            List<EntryEntity> written = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                EntryInput in = inputs.get(i);
                Item item = items.get(i);
                EvaluationRules.checkEntry(item, in.points, in.recordedOn, township.year, today);
                EvaluatedEntity m = evaluated(em, township, in.memberId);
                EntryEntity e = new EntryEntity();
                e.evaluatedId = m.id;
                e.townshipId = township.id;
                e.memberId = m.memberId;
                e.jurisdictionCode = m.jurisdictionCode;
                e.countyCode = m.countyCode;
                e.year = m.year;
                e.board = item.board();
                e.itemKey = item.key();
                e.recordedOn = in.recordedOn;
                e.points = in.points;
                e.reason = in.reason.trim();
                e.recordedBy = Store.caller();
                em.persist(e);
                written.add(e);
            }
            em.flush();
            return written.stream().map(EntryView::of).toList();
        });
        if (recompute) {
            evaluation.recompute(township.countyCode, township.year, out.stream().map(e -> e.evaluatedId).collect(Collectors.toSet()));
        }
        return out;
    }

    /**
     * The township's evaluated member for a registry member: 422 {@value Members#RULE_NOT_IN_TOWNSHIP}
     * for someone of another township (or on another township's evaluation), 422
     * {@value #RULE_NOT_ENROLLED} for one of its own not yet on the evaluation.
     */
    private EvaluatedEntity evaluated(javax.persistence.EntityManager em, TownshipEntity township, long memberId) {
        List<EvaluatedEntity> found = em.createQuery("SELECT m FROM EvaluatedEntity m WHERE m.year = :y AND m.memberId = :m", EvaluatedEntity.class)
                .setParameter("y", township.year).setParameter("m", memberId).getResultList();
        if (!found.isEmpty() && found.get(0).townshipId == township.id) {
            return found.get(0);
        }
        String name;
        String place;
        if (!found.isEmpty()) {
            name = found.get(0).memberName;
            place = found.get(0).townshipCode;
        } else {
            Member member = members.registryMember(memberId);
            name = member.name();
            place = member.jurisdictionCode();
            if (place != null && store.within(place, township.townshipCode)) {
                throw new RuleViolationException(RULE_NOT_ENROLLED, name + " is not on the evaluation of " + township.townshipName + " for "
                        + township.year + ": put the member on it first");
            }
        }
        throw new RuleViolationException(Members.RULE_NOT_IN_TOWNSHIP, name + " (" + place + ") does not belong to " + township.townshipName
                + ": a township records entries of its own members only");
    }

    private static List<Item> validate(List<EntryInput> inputs) {
        Validator v = new Validator();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            EntryInput in = inputs.get(i);
            String f = inputs.size() == 1 ? "" : "entries[" + i + "].";
            v.require(f + "memberId", in.memberId).require(f + "itemKey", in.itemKey).require(f + "recordedOn", in.recordedOn)
                    .require(f + "points", in.points).require(f + "reason", in.reason == null || in.reason.isBlank() ? null : in.reason)
                    .maxLength(f + "reason", in.reason, 500);
            Item item = in.itemKey == null ? null : Catalogue.item(in.itemKey.trim()).orElse(null);
            v.check(in.itemKey == null || item != null, f + "itemKey", "no item '" + in.itemKey + "' on the boards (GET boards lists them)");
            items.add(item);
        }
        v.throwIfInvalid();
        return items;
    }

    /** A member's entries, optionally of one board, as a page. */
    Page<EntryView> ofMember(String code, long evaluatedId, Board board, PageRequest page) {
        List<EntryView> rows = store.tx().read(em -> {
            members.find(em, code, evaluatedId);
            return em.createQuery("SELECT e FROM EntryEntity e WHERE e.evaluatedId = :m", EntryEntity.class).setParameter("m", evaluatedId)
                    .getResultList().stream().filter(e -> board == null || e.board == board).map(EntryView::of).toList();
        });
        return Pages.ofList(rows, page, SORT, "id");
    }

    /** Every entry of a member, in date order (the record the PDF prints). */
    List<EntryEntity> allOf(long evaluatedId) {
        return store.tx().read(em -> em
                .createQuery("SELECT e FROM EntryEntity e WHERE e.evaluatedId = :m ORDER BY e.recordedOn, e.id", EntryEntity.class)
                .setParameter("m", evaluatedId).getResultList());
    }

    /** The year's entries in the subtree, filtered by township and board, as a page. */
    Page<EntryView> list(String code, int year, String township, Board board, PageRequest page) {
        List<EntryView> rows = store.tx().read(em -> em
                .createQuery("SELECT e FROM EntryEntity e WHERE e.year = :y AND e.jurisdictionCode IN :codes", EntryEntity.class)
                .setParameter("y", year).setParameter("codes", store.subtreeCodes(code)).getResultList().stream()
                .filter(e -> board == null || e.board == board).map(EntryView::of).toList());
        if (township != null) {
            Set<Long> ids = store.tx().read(em -> Set.copyOf(em
                    .createQuery("SELECT t.id FROM TownshipEntity t WHERE t.year = :y AND t.townshipCode = :t", Long.class)
                    .setParameter("y", year).setParameter("t", township).getResultList()));
            rows = rows.stream().filter(e -> ids.contains(e.townshipId)).toList();
        }
        return Pages.ofList(rows, page, SORT, "id");
    }

    /** Withdraws an entry recorded in error while the year is open; the year is recomputed. */
    void delete(String code, long entryId, Long version) {
        long expected = Validator.requiredVersion(version);
        EntryEntity removed = store.tx().write(em -> {
            EntryEntity e = em.find(EntryEntity.class, entryId);
            if (e == null || !store.within(e.jurisdictionCode, code)) {
                throw new NotFoundException("Score entry", entryId);
            }
            ConflictException.requireVersion("Score entry", entryId, e.version, expected);
            Years.requireOpen(em, e.countyCode, e.year);
            em.remove(e);
            return e;
        });
        evaluation.recompute(removed.countyCode, removed.year, Set.of(removed.evaluatedId));
    }

    /** The year's entries in the subtree as (board, points, township id): what the figures are summed from. */
    List<Object[]> points(String code, int year) {
        return store.tx().read(em -> em.createQuery("SELECT e.board, e.points, e.townshipId FROM EntryEntity e WHERE e.year = :y "
                + "AND e.jurisdictionCode IN :codes", Object[].class).setParameter("y", year).setParameter("codes", store.subtreeCodes(code))
                .getResultList());
    }
}
