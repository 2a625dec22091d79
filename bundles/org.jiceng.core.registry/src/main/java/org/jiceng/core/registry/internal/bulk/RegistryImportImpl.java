package org.jiceng.core.registry.internal.bulk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;

import javax.persistence.EntityManager;

import org.jiceng.bulk.CadreRow;
import org.jiceng.bulk.ImportResult;
import org.jiceng.bulk.ImportRow;
import org.jiceng.bulk.RegistryImport;
import org.jiceng.bulk.RowError;
import org.jiceng.bulk.RowSource;
import org.jiceng.cadre.Position;
import org.jiceng.common.FieldError;
import org.jiceng.common.JicengException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.core.registry.internal.CoreStore;
import org.jiceng.core.registry.internal.JurisdictionTally;
import org.jiceng.core.registry.internal.MemberCounties;
import org.jiceng.core.registry.internal.MemberEntity;
import org.jiceng.core.registry.internal.MemberServiceImpl;
import org.jiceng.core.registry.internal.OrganizationEntity;
import org.jiceng.core.registry.internal.cadre.PositionWriter;
import org.jiceng.core.registry.internal.development.DevelopmentRules;
import org.jiceng.registry.Member;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.PartyOrganization;
import org.jiceng.security.CallerContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Checks and writes a file's rows a chunk at a time in one transaction: each chunk is looked up,
 * checked and — while every row so far is good and it is no dry run — written, flushed and cleared
 * from the persistence context, so memory holds one chunk whatever the file's size. Any bad row
 * stops the writing (the rest is still checked, to report every bad row) and the transaction is
 * rolled back at the end, so a file is imported completely or not at all.
 */
@Component(service = RegistryImport.class)
public class RegistryImportImpl implements RegistryImport {
    static final int CHUNK = 1000;
    static final int MAX_REPORTED_ERRORS = 1000;

    private final CoreStore store;

    @Activate
    public RegistryImportImpl(@Reference CoreStore store) {
        this.store = store;
    }

    // ---- organizations

    @Override
    public ImportResult importOrganizations(RowSource<ImportRow<PartyOrganization>> source, boolean apply, IntConsumer progress) {
        return committedOnlyIfApplied(em -> {
            Errors errors = new Errors();
            ImportScope scope = callerScope();
            Jurisdictions jurisdictions = new Jurisdictions();
            OrganizationKeys existing = new OrganizationKeys();
            // Organizations are few per file compared with members: their keys are kept as text for the parent checks.
            Set<String> inFile = new HashSet<>();
            int rows = 0;
            int inserted = 0;
            int updated = 0;
            Map<String, Long> added = new HashMap<>();
            for (List<ImportRow<PartyOrganization>> chunk = source.next(CHUNK); !chunk.isEmpty(); chunk = source.next(CHUNK)) {
                List<String> codes = new ArrayList<>();
                chunk.forEach(r -> {
                    codes.add(r.value().jurisdictionCode());
                    codes.add(r.jurisdictionCode());
                });
                jurisdictions.load(em, codes);
                scope.load(em, codes);
                existing.load(em, codes);
                for (ImportRow<PartyOrganization> r : chunk) {
                    PartyOrganization o = r.value();
                    Validator v = new Validator().require("name", o.name()).maxLength("name", o.name(), 200).require("type", o.type())
                            .require("field", o.field()).require("jurisdictionCode", o.jurisdictionCode())
                            .range("starRating", o.starRating(), 1, 5);
                    if (o.termStart() != null && o.termEnd() != null) {
                        v.check(o.termEnd().isAfter(o.termStart()), "termEnd", "must be after termStart");
                    }
                    v.check(o.jurisdictionCode() == null || jurisdictions.exists(o.jurisdictionCode()) && scope.allows(o.jurisdictionCode()),
                            "jurisdictionCode",
                            "no jurisdiction '" + o.jurisdictionCode() + "'");
                    String key = o.jurisdictionCode() + "|" + o.name();
                    v.check(inFile.add(key), "name", "appears twice in this file for jurisdiction " + o.jurisdictionCode());
                    if (r.organizationName() != null) {
                        String parentKey = r.jurisdictionCode() + "|" + r.organizationName();
                        v.check(scope.allows(r.jurisdictionCode()) && (existing.id(parentKey) != null || inFile.contains(parentKey)), "parent",
                                "no organization '" + r.organizationName() + "' in " + r.jurisdictionCode() + " (parents come first in the file)");
                    }
                    errors.collect(r.row(), v);
                }
                if (apply && errors.none() && !source.failed()) {
                    for (ImportRow<PartyOrganization> r : chunk) {
                        PartyOrganization read = r.value();
                        String key = read.jurisdictionCode() + "|" + read.name();
                        PartyOrganization o = read.toBuilder()
                                .parentId(r.organizationName() == null ? null : existing.id(r.jurisdictionCode() + "|" + r.organizationName()))
                                .status(read.status() == null ? OrganizationStatus.NORMAL : read.status())
                                .build();
                        Long id = existing.id(key);
                        OrganizationEntity e = id == null ? new OrganizationEntity() : em.find(OrganizationEntity.class, id);
                        e.apply(o);
                        if (id == null) {
                            em.persist(e);
                            em.flush(); // its id is the parent id of rows further down
                            existing.put(key, e.getId());
                            added.merge(e.getJurisdictionCode(), 1L, Long::sum);
                            inserted++;
                        } else {
                            updated++;
                        }
                    }
                }
                em.flush();
                em.clear();
                rows += chunk.size();
                progress.accept(rows);
            }
            // the kept counts last, so their rows are locked only while the transaction commits, not for the whole file
            JurisdictionTally.organizations(em, added);
            return errors.result(rows, inserted, updated, apply && !source.failed());
        });
    }

    // ---- members

    @Override
    public ImportResult importMembers(RowSource<ImportRow<Member>> source, boolean apply, IntConsumer progress) {
        return committedOnlyIfApplied(em -> {
            Errors errors = new Errors();
            OrganizationKeys organizations = new OrganizationKeys();
            KeySet idCardsInFile = new KeySet();
            KeySet numbersInFile = new KeySet();
            int rows = 0;
            int inserted = 0;
            int updated = 0;
            ImportScope scope = callerScope();
            Map<Long, Long> changes = new HashMap<>();
            for (List<ImportRow<Member>> chunk = source.next(CHUNK); !chunk.isEmpty(); chunk = source.next(CHUNK)) {
                organizations.load(em, chunk.stream().map(ImportRow::jurisdictionCode).toList());
                Map<String, MemberEntity> byIdCard = membersBy(em, "idCardNumber", chunk.stream().map(r -> r.value().idCardNumber()).toList());
                Map<String, MemberEntity> byNumber = membersBy(em, "memberNumber", chunk.stream().map(r -> r.value().memberNumber()).toList());
                Map<Long, String> existingAt = ImportScope.jurisdictionsOfOrganizations(em,
                        java.util.stream.Stream.concat(byIdCard.values().stream(), byNumber.values().stream()).map(MemberEntity::getOrganizationId)
                                .toList());
                List<String> codes = new ArrayList<>(existingAt.values());
                chunk.forEach(r -> codes.add(r.jurisdictionCode()));
                scope.load(em, codes);
                List<MemberEntity> targets = new ArrayList<>(chunk.size());
                List<Member> values = new ArrayList<>(chunk.size()); // the rows' members, placed in their organizations
                for (ImportRow<Member> r : chunk) {
                    Long orgId = scope.allows(r.jurisdictionCode()) ? organizations.id(r.jurisdictionCode() + "|" + r.organizationName()) : null;
                    Member m = r.value().toBuilder().organizationId(orgId).build();
                    values.add(m);
                    Validator v = new Validator();
                    v.check(orgId != null, "organization",
                            "no organization '" + r.organizationName() + "' in jurisdiction '" + r.jurisdictionCode() + "'");
                    v.check(m.idCardNumber() != null || m.memberNumber() != null, "idCardNumber",
                            "an ID card number or a member number is required");
                    v.check(m.idCardNumber() == null || idCardsInFile.add(m.idCardNumber()), "idCardNumber", "appears twice in this file");
                    v.check(m.memberNumber() == null || numbersInFile.add(m.memberNumber()), "memberNumber", "appears twice in this file");
                    MemberEntity existing = m.idCardNumber() != null ? byIdCard.get(m.idCardNumber()) : byNumber.get(m.memberNumber());
                    if (existing != null && m.memberNumber() != null && byNumber.containsKey(m.memberNumber())
                            && byNumber.get(m.memberNumber()) != existing) {
                        v.check(false, "memberNumber", "belongs to another member");
                    }
                    // A row updates the member its natural key finds: only one the caller may write.
                    v.check(existing == null || scope.allows(existingAt.get(existing.getOrganizationId())), m.idCardNumber() != null
                            ? "idCardNumber"
                            : "memberNumber", "belongs to a member of another jurisdiction; a relation transfer moves members between jurisdictions");
                    checkRow(m, existing, v);
                    errors.collect(r.row(), v);
                    targets.add(existing);
                }
                if (apply && errors.none() && !source.failed()) {
                    Map<String, String> counties = MemberCounties.ofJurisdictions(em, chunk.stream().map(ImportRow::jurisdictionCode).toList());
                    for (int i = 0; i < chunk.size(); i++) {
                        MemberEntity e = targets.get(i);
                        if (e == null) {
                            e = new MemberEntity();
                            e.apply(values.get(i));
                            em.persist(e);
                            inserted++;
                        } else {
                            changes.merge(e.getOrganizationId(), -1L, Long::sum);
                            e.apply(values.get(i)); // managed: looked up in this chunk
                            updated++;
                        }
                        e.setCountyCode(counties.get(chunk.get(i).jurisdictionCode())); // its organization lies there
                        changes.merge(e.getOrganizationId(), 1L, Long::sum);
                    }
                }
                em.flush();
                em.clear();
                rows += chunk.size();
                progress.accept(rows);
            }
            // the kept counts last, so their rows are locked only while the transaction commits, not for the whole file
            JurisdictionTally.members(em, changes);
            return errors.result(rows, inserted, updated, apply && !source.failed());
        });
    }

    /** The same checks as a single create; an existing member's stage changes only through events. */
    private static void checkRow(Member m, MemberEntity existing, Validator v) {
        try {
            MemberServiceImpl.validate(m);
        } catch (ValidationException e) {
            // An unknown organization is already reported under the file's "organization" column.
            e.errors().stream().filter(fe -> !"organizationId".equals(fe.field())).forEach(fe -> v.check(false, fe.field(), fe.reason()));
        }
        DevelopmentRules.checkNewMember(m, v);
        try {
            DevelopmentRules.checkApplicantAge(m.birthDate(), m.applicationDate());
        } catch (JicengException e) {
            v.check(false, "applicationDate", e.getMessage());
        }
        if (existing != null) {
            Member current = existing.toDto();
            boolean sameStage = current.stage() == m.stage() && Objects.equals(current.applicationDate(), m.applicationDate())
                    && Objects.equals(current.activistDate(), m.activistDate())
                    && Objects.equals(current.candidateDate(), m.candidateDate())
                    && Objects.equals(current.probationDate(), m.probationDate())
                    && Objects.equals(current.fullDate(), m.fullDate());
            v.check(sameStage, "stage", "differs from the record of member " + existing.getId() + "; stages change only through development events");
        }
    }

    // ---- positions

    @Override
    public ImportResult importPositions(RowSource<CadreRow> source, boolean apply, IntConsumer progress) {
        return committedOnlyIfApplied(em -> {
            Errors errors = new Errors();
            ImportScope scope = callerScope();
            Jurisdictions jurisdictions = new Jurisdictions();
            int rows = 0;
            int[] counts = new int[2];
            for (List<CadreRow> chunk = source.next(CHUNK); !chunk.isEmpty(); chunk = source.next(CHUNK)) {
                Map<String, MemberEntity> members = membersBy(em, "idCardNumber", chunk.stream().map(CadreRow::idCardNumber).toList());
                jurisdictions.load(em, chunk.stream().map(c -> c.row().value().jurisdictionCode()).toList());
                Map<Long, String> memberAt = ImportScope.jurisdictionsOfOrganizations(em,
                        members.values().stream().map(MemberEntity::getOrganizationId).toList());
                List<String> codes = new ArrayList<>(memberAt.values());
                chunk.forEach(c -> codes.add(c.row().value().jurisdictionCode()));
                scope.load(em, codes);
                for (CadreRow c : chunk) {
                    Position p = c.row().value();
                    MemberEntity member = members.get(c.idCardNumber());
                    Validator v = new Validator()
                            .check(member != null && scope.allows(memberAt.get(member.getOrganizationId())), "idCardNumber",
                                    "no member with this ID card number")
                            .check(p.jurisdictionCode() == null || jurisdictions.exists(p.jurisdictionCode()) && scope.allows(p.jurisdictionCode()),
                                    "jurisdictionCode",
                                    "no jurisdiction '" + p.jurisdictionCode() + "'");
                    try {
                        PositionWriter.validate(p);
                    } catch (ValidationException e) {
                        e.errors().forEach(fe -> v.check(false, fe.field(), fe.reason()));
                    }
                    errors.collect(c.row().row(), v);
                }
                if (apply && errors.none() && !source.failed()) {
                    for (CadreRow c : chunk) {
                        boolean inserted = PositionWriter.upsert(em, members.get(c.idCardNumber()).getId(), c.row().value());
                        counts[inserted ? 0 : 1]++;
                    }
                }
                em.flush();
                em.clear();
                rows += chunk.size();
                progress.accept(rows);
            }
            return errors.result(rows, counts[0], counts[1], apply && !source.failed());
        });
    }

    /** The rows' reach: the account that started the import (its job runs as that account). */
    private static ImportScope callerScope() {
        return new ImportScope(CallerContext.current());
    }

    // ---- the transaction

    /** Thrown out of the transaction to roll it back while still answering with the result. */
    private static final class Undo extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ImportResult result;

        Undo(ImportResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /** Commits what {@code work} wrote only when its result says it was applied (a good file, no dry run). */
    private ImportResult committedOnlyIfApplied(Function<EntityManager, ImportResult> work) {
        try {
            return store.tx().write(em -> {
                ImportResult result = work.apply(em);
                if (!result.applied()) {
                    throw new Undo(result);
                }
                return result;
            });
        } catch (Undo undo) {
            return undo.result;
        }
    }

    /** Every bad cell, the first {@value #MAX_REPORTED_ERRORS} of them kept for the answer. */
    private static final class Errors {
        private final List<RowError> kept = new ArrayList<>();
        private int count;

        void collect(int row, Validator v) {
            try {
                v.throwIfInvalid();
            } catch (ValidationException e) {
                for (FieldError fe : e.errors()) {
                    count++;
                    if (kept.size() < MAX_REPORTED_ERRORS) {
                        kept.add(new RowError(row, fe.field(), fe.reason()));
                    }
                }
            }
        }

        boolean none() {
            return count == 0;
        }

        /** Applied only when asked to and no row was bad: otherwise the counts are 0 and the transaction is undone. */
        ImportResult result(int rows, int inserted, int updated, boolean apply) {
            boolean applied = apply && none();
            return new ImportResult(rows, applied ? inserted : 0, applied ? updated : 0, applied, List.copyOf(kept));
        }
    }

    // ---- lookups, one chunk at a time

    /** Which jurisdiction codes exist, asked once per code. */
    private static final class Jurisdictions {
        private final Set<String> asked = new HashSet<>();
        private final Set<String> found = new HashSet<>();

        void load(EntityManager em, Collection<String> codes) {
            Set<String> wanted = nonNull(codes);
            wanted.removeAll(asked);
            asked.addAll(wanted);
            found.addAll(existingJurisdictions(em, wanted));
        }

        boolean exists(String code) {
            return found.contains(code);
        }
    }

    /** Organizations keyed by "code|name", loaded per jurisdiction the first time a row names it. */
    private static final class OrganizationKeys {
        private final Set<String> loaded = new HashSet<>();
        private final Map<String, Long> ids = new HashMap<>();

        void load(EntityManager em, Collection<String> codes) {
            Set<String> wanted = nonNull(codes);
            wanted.removeAll(loaded);
            loaded.addAll(wanted);
            ids.putAll(organizationKeys(em, wanted));
        }

        Long id(String key) {
            return ids.get(key);
        }

        void put(String key, Long id) {
            ids.put(key, id);
        }
    }

    private static Set<String> existingJurisdictions(EntityManager em, Collection<String> codes) {
        Set<String> wanted = nonNull(codes);
        Set<String> found = new HashSet<>();
        for (List<String> chunk : chunks(wanted)) {
            found.addAll(em.createQuery("SELECT j.code FROM JurisdictionEntity j WHERE j.code IN :c", String.class)
                    .setParameter("c", chunk).getResultList());
        }
        return found;
    }

    /** Organizations of the given jurisdictions keyed by "code|name". */
    private static Map<String, Long> organizationKeys(EntityManager em, Collection<String> codes) {
        Map<String, Long> keys = new HashMap<>();
        for (List<String> chunk : chunks(nonNull(codes))) {
            for (Object[] r : em.createQuery("SELECT o.jurisdictionCode, o.name, o.id FROM OrganizationEntity o WHERE o.jurisdictionCode IN :c",
                    Object[].class).setParameter("c", chunk).getResultList()) {
                keys.put(r[0] + "|" + r[1], (Long) r[2]);
            }
        }
        return keys;
    }

    private static Map<String, MemberEntity> membersBy(EntityManager em, String attribute, Collection<String> values) {
        Map<String, MemberEntity> result = new HashMap<>();
        for (List<String> chunk : chunks(nonNull(values))) {
            for (MemberEntity m : em.createQuery("SELECT m FROM MemberEntity m WHERE m." + attribute + " IN :v", MemberEntity.class)
                    .setParameter("v", chunk).getResultList()) {
                result.put("idCardNumber".equals(attribute) ? m.getIdCardNumber() : m.getMemberNumber(), m);
            }
        }
        return result;
    }

    private static Set<String> nonNull(Collection<String> values) {
        Set<String> set = new HashSet<>(values);
        set.remove(null);
        return set;
    }

    private static List<List<String>> chunks(Set<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }

}
