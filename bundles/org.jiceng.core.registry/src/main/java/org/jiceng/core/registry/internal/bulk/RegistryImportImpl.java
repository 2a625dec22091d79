package org.jiceng.core.registry.internal.bulk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import javax.persistence.EntityManager;

import org.jiceng.bulk.ImportResult;
import org.jiceng.bulk.ImportRow;
import org.jiceng.bulk.RegistryImport;
import org.jiceng.bulk.RowError;
import org.jiceng.cadre.Position;
import org.jiceng.common.FieldError;
import org.jiceng.common.JicengException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.core.registry.internal.CoreStore;
import org.jiceng.core.registry.internal.MemberServiceImpl;
import org.jiceng.core.registry.internal.cadre.PositionWriter;
import org.jiceng.core.registry.internal.development.DevelopmentRules;
import org.jiceng.core.registry.internal.entity.MemberEntity;
import org.jiceng.core.registry.internal.entity.OrganizationEntity;
import org.jiceng.registry.Member;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Checks every row before writing any, then writes the whole file in one transaction, flushing and
 * clearing the persistence context in batches so a hundred thousand rows fit in memory.
 */
@Component(service = RegistryImport.class)
public class RegistryImportImpl implements RegistryImport {
    static final int BATCH = 1000;
    static final int MAX_REPORTED_ERRORS = 1000;

    private final CoreStore store;

    @Activate
    public RegistryImportImpl(@Reference CoreStore store) {
        this.store = store;
    }

    // ---- organizations

    @Override
    public ImportResult importOrganizations(List<ImportRow<PartyOrganization>> rows, boolean apply, IntConsumer progress) {
        return store.tx().write(em -> {
            List<RowError> errors = new ArrayList<>();
            Set<String> jurisdictions = existingJurisdictions(em, rows.stream().map(r -> r.value().getJurisdictionCode()).toList());
            Map<String, Long> existing = organizationKeys(em, rows.stream().map(r -> r.value().getJurisdictionCode()).toList());
            Set<String> inFile = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                ImportRow<PartyOrganization> r = rows.get(i);
                PartyOrganization o = r.value();
                Validator v = new Validator().require("name", o.getName()).maxLength("name", o.getName(), 200).require("type", o.getType())
                        .require("field", o.getField()).require("jurisdictionCode", o.getJurisdictionCode()).range("starRating", o.getStarRating(), 1, 5);
                if (o.getTermStart() != null && o.getTermEnd() != null) {
                    v.check(o.getTermEnd().isAfter(o.getTermStart()), "termEnd", "must be after termStart");
                }
                v.check(o.getJurisdictionCode() == null || jurisdictions.contains(o.getJurisdictionCode()), "jurisdictionCode",
                        "no jurisdiction '" + o.getJurisdictionCode() + "'");
                String key = o.getJurisdictionCode() + "|" + o.getName();
                v.check(inFile.add(key), "name", "appears twice in this file for jurisdiction " + o.getJurisdictionCode());
                if (r.organizationName() != null) {
                    String parentKey = r.jurisdictionCode() + "|" + r.organizationName();
                    v.check(existing.containsKey(parentKey) || inFile.contains(parentKey), "parent",
                            "no organization '" + r.organizationName() + "' in " + r.jurisdictionCode() + " (parents come first in the file)");
                }
                collect(errors, r.row(), v);
                progress.accept(i + 1);
            }
            if (!errors.isEmpty() || !apply) {
                return new ImportResult(rows.size(), 0, 0, false, cap(errors));
            }
            int inserted = 0;
            int updated = 0;
            for (ImportRow<PartyOrganization> r : rows) {
                PartyOrganization o = r.value();
                String key = o.getJurisdictionCode() + "|" + o.getName();
                Long parentId = r.organizationName() == null ? null : existing.get(r.jurisdictionCode() + "|" + r.organizationName());
                o.setParentId(parentId);
                if (o.getStatus() == null) {
                    o.setStatus(OrganizationStatus.NORMAL);
                }
                Long id = existing.get(key);
                OrganizationEntity e = id == null ? new OrganizationEntity() : em.find(OrganizationEntity.class, id);
                e.apply(o);
                if (id == null) {
                    em.persist(e);
                    em.flush();
                    existing.put(key, e.getId());
                    inserted++;
                } else {
                    updated++;
                }
            }
            return new ImportResult(rows.size(), inserted, updated, true, List.of());
        });
    }

    // ---- members

    @Override
    public ImportResult importMembers(List<ImportRow<Member>> rows, boolean apply, IntConsumer progress) {
        return store.tx().write(em -> {
            List<RowError> errors = new ArrayList<>();
            Map<String, Long> organizations = organizationKeys(em, rows.stream().map(ImportRow::jurisdictionCode).toList());
            Map<String, MemberEntity> byIdCard = membersBy(em, "idCardNumber", rows.stream().map(r -> r.value().getIdCardNumber()).toList());
            Map<String, MemberEntity> byNumber = membersBy(em, "memberNumber", rows.stream().map(r -> r.value().getMemberNumber()).toList());
            Set<String> idCardsInFile = new HashSet<>();
            Set<String> numbersInFile = new HashSet<>();
            List<MemberEntity> targets = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                ImportRow<Member> r = rows.get(i);
                Member m = r.value();
                Long orgId = organizations.get(r.jurisdictionCode() + "|" + r.organizationName());
                m.setOrganizationId(orgId);
                Validator v = new Validator();
                v.check(orgId != null, "organization", "no organization '" + r.organizationName() + "' in jurisdiction '" + r.jurisdictionCode() + "'");
                v.check(m.getIdCardNumber() != null || m.getMemberNumber() != null, "idCardNumber", "an ID card number or a member number is required");
                v.check(m.getIdCardNumber() == null || idCardsInFile.add(m.getIdCardNumber()), "idCardNumber", "appears twice in this file");
                v.check(m.getMemberNumber() == null || numbersInFile.add(m.getMemberNumber()), "memberNumber", "appears twice in this file");
                MemberEntity existing = m.getIdCardNumber() != null ? byIdCard.get(m.getIdCardNumber()) : byNumber.get(m.getMemberNumber());
                if (existing != null && m.getMemberNumber() != null && byNumber.containsKey(m.getMemberNumber())
                        && byNumber.get(m.getMemberNumber()) != existing) {
                    v.check(false, "memberNumber", "belongs to another member");
                }
                checkRow(m, existing, v, errors, r.row());
                targets.add(existing);
                progress.accept(i + 1);
            }
            if (!errors.isEmpty() || !apply) {
                return new ImportResult(rows.size(), 0, 0, false, cap(errors));
            }
            int inserted = 0;
            int updated = 0;
            for (int i = 0; i < rows.size(); i++) {
                MemberEntity e = targets.get(i);
                if (e == null) {
                    e = new MemberEntity();
                    e.apply(rows.get(i).value());
                    em.persist(e);
                    inserted++;
                } else {
                    e = em.merge(e);
                    e.apply(rows.get(i).value());
                    updated++;
                }
                if ((i + 1) % BATCH == 0) {
                    em.flush();
                    em.clear();
                }
            }
            return new ImportResult(rows.size(), inserted, updated, true, List.of());
        });
    }

    /** The same checks as a single create; an existing member's stage changes only through events. */
    private static void checkRow(Member m, MemberEntity existing, Validator v, List<RowError> errors, int row) {
        try {
            MemberServiceImpl.validate(m);
        } catch (ValidationException e) {
            // An unknown organization is already reported under the file's "organization" column.
            e.errors().stream().filter(fe -> !"organizationId".equals(fe.getField())).forEach(fe -> v.check(false, fe.getField(), fe.getReason()));
        }
        DevelopmentRules.checkNewMember(m, v);
        try {
            DevelopmentRules.checkApplicantAge(m.getBirthDate(), m.getApplicationDate());
        } catch (JicengException e) {
            v.check(false, "applicationDate", e.getMessage());
        }
        if (existing != null) {
            Member current = existing.toDto();
            boolean sameStage = current.getStage() == m.getStage() && Objects.equals(current.getApplicationDate(), m.getApplicationDate())
                    && Objects.equals(current.getActivistDate(), m.getActivistDate())
                    && Objects.equals(current.getCandidateDate(), m.getCandidateDate())
                    && Objects.equals(current.getProbationDate(), m.getProbationDate())
                    && Objects.equals(current.getFullDate(), m.getFullDate());
            v.check(sameStage, "stage", "differs from the record of member " + existing.getId() + "; stages change only through development events");
        }
        collect(errors, row, v);
    }

    // ---- positions

    @Override
    public ImportResult importPositions(List<ImportRow<Position>> rows, List<String> idCards, boolean apply, IntConsumer progress) {
        return store.tx().write(em -> {
            List<RowError> errors = new ArrayList<>();
            Map<String, MemberEntity> members = membersBy(em, "idCardNumber", idCards);
            Set<String> jurisdictions = existingJurisdictions(em, rows.stream().map(r -> r.value().jurisdictionCode()).toList());
            for (int i = 0; i < rows.size(); i++) {
                Position p = rows.get(i).value();
                Validator v = new Validator().check(members.containsKey(idCards.get(i)), "idCardNumber", "no member with this ID card number")
                        .check(p.jurisdictionCode() == null || jurisdictions.contains(p.jurisdictionCode()), "jurisdictionCode",
                                "no jurisdiction '" + p.jurisdictionCode() + "'");
                try {
                    PositionWriter.validate(p);
                } catch (ValidationException e) {
                    e.errors().forEach(fe -> v.check(false, fe.getField(), fe.getReason()));
                }
                collect(errors, rows.get(i).row(), v);
                progress.accept(i + 1);
            }
            if (!errors.isEmpty() || !apply) {
                return new ImportResult(rows.size(), 0, 0, false, cap(errors));
            }
            int[] counts = new int[2];
            for (int i = 0; i < rows.size(); i++) {
                boolean inserted = PositionWriter.upsert(em, members.get(idCards.get(i)).getId(), rows.get(i).value());
                counts[inserted ? 0 : 1]++;
            }
            return new ImportResult(rows.size(), counts[0], counts[1], true, List.of());
        });
    }

    // ---- lookups

    private static void collect(List<RowError> errors, int row, Validator v) {
        try {
            v.throwIfInvalid();
        } catch (ValidationException e) {
            for (FieldError fe : e.errors()) {
                errors.add(new RowError(row, fe.getField(), fe.getReason()));
            }
        }
    }

    private static List<RowError> cap(List<RowError> errors) {
        return errors.size() <= MAX_REPORTED_ERRORS ? errors : errors.subList(0, MAX_REPORTED_ERRORS);
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
