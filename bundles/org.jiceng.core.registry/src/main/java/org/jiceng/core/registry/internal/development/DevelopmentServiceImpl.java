package org.jiceng.core.registry.internal.development;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.jiceng.common.NotFoundException;
import org.jiceng.core.registry.internal.CoreStore;
import org.jiceng.core.registry.internal.JurisdictionEntity;
import org.jiceng.core.registry.internal.MemberEntity;
import org.jiceng.core.registry.internal.OrganizationEntity;
import org.jiceng.core.registry.internal.Subtree;
import org.jiceng.development.DevelopmentEvent;
import org.jiceng.development.DevelopmentEvents;
import org.jiceng.development.DevelopmentService;
import org.jiceng.development.MembershipStatus;
import org.jiceng.development.VillageWithoutDevelopment;
import org.jiceng.events.EventOutbox;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DevelopmentService.class)
public class DevelopmentServiceImpl implements DevelopmentService {
    private final CoreStore store;
    private final JurisdictionService jurisdictions;
    private final EventOutbox events;
    private final Clock clock;

    @Activate
    public DevelopmentServiceImpl(@Reference CoreStore store, @Reference JurisdictionService jurisdictions, @Reference EventOutbox events) {
        this(store, jurisdictions, events, Clock.systemDefaultZone());
    }

    DevelopmentServiceImpl(CoreStore store, JurisdictionService jurisdictions, EventOutbox events, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public DevelopmentEvent record(long memberId, DevelopmentEvent event) {
        return store.tx().write(em -> {
            MemberEntity entity = em.find(MemberEntity.class, memberId);
            if (entity == null) {
                throw new NotFoundException("Member", memberId);
            }
            Member before = entity.toDto();
            DevelopmentRules.check(before, event, LocalDate.now(clock));
            Member member = DevelopmentRules.apply(before, event);
            entity.setStage(member.stage());
            entity.setActivistDate(member.activistDate());
            entity.setCandidateDate(member.candidateDate());
            entity.setProbationDate(member.probationDate());
            entity.setFullDate(member.fullDate());
            entity.setMembershipStatus(member.membershipStatus());
            entity.setProbationExtendedMonths(member.probationExtendedMonths());
            DevelopmentEventEntity row = DevelopmentEventEntity.of(memberId, event, Instant.now(clock));
            em.persist(row);
            OrganizationEntity organization = em.find(OrganizationEntity.class, entity.getOrganizationId());
            Map<String, Object> properties = new HashMap<>();
            properties.put(DevelopmentEvents.ID, row.getId());
            properties.put(DevelopmentEvents.MEMBER_ID, memberId);
            properties.put(DevelopmentEvents.ORGANIZATION_ID, entity.getOrganizationId());
            properties.put(DevelopmentEvents.JURISDICTION_CODE, organization == null ? null : organization.getJurisdictionCode());
            properties.put(DevelopmentEvents.TYPE, event.type().name());
            properties.put(DevelopmentEvents.STAGE, member.stage() == null ? null : member.stage().name());
            properties.put(DevelopmentEvents.DATE, event.date().toString());
            events.publish(em, DevelopmentEvents.topic(event.type()), properties);
            return row;
        }).toDto();
    }

    @Override
    public List<DevelopmentEvent> history(long memberId) {
        return store.tx().read(em -> {
            if (em.find(MemberEntity.class, memberId) == null) {
                throw new NotFoundException("Member", memberId);
            }
            List<DevelopmentEvent> result = new ArrayList<>();
            em.createQuery("SELECT e FROM DevelopmentEventEntity e WHERE e.memberId = :m ORDER BY e.date, e.id", DevelopmentEventEntity.class)
                    .setParameter("m", memberId).getResultList().forEach(e -> result.add(e.toDto()));
            return result;
        });
    }

    @Override
    public Map<MemberStage, Long> pipelineCounts(String jurisdictionCode) {
        jurisdictions.get(jurisdictionCode);
        return countStages(em -> store.subtree().organizations(em, "m.organizationId", jurisdictionCode));
    }

    @Override
    public Map<MemberStage, Long> pipelineCountsOfOrganization(long organizationId) {
        requireOrganization(organizationId);
        return countStages(em -> new Subtree.Filter("m.organizationId = :org", Map.of("org", organizationId)));
    }

    @Override
    public Map<Integer, Long> developedPerYear(String jurisdictionCode) {
        jurisdictions.get(jurisdictionCode);
        return countYears(em -> store.subtree().organizations(em, "m.organizationId", jurisdictionCode));
    }

    @Override
    public Map<Integer, Long> developedPerYearOfOrganization(long organizationId) {
        requireOrganization(organizationId);
        return countYears(em -> new Subtree.Filter("m.organizationId = :org", Map.of("org", organizationId)));
    }

    /** Active members per stage among those matching {@code scope}. */
    private Map<MemberStage, Long> countStages(Function<EntityManager, Subtree.Filter> scope) {
        Map<MemberStage, Long> counts = new EnumMap<>(MemberStage.class);
        for (MemberStage s : MemberStage.values()) {
            counts.put(s, 0L);
        }
        store.tx().read(em -> {
            Subtree.Filter f = scope.apply(em);
            // COUNT(m.stage), not COUNT(m): the (organization, stage, status) index holds no id, and counting the id would read every row
            TypedQuery<Object[]> q = em.createQuery("SELECT m.stage, COUNT(m.stage) FROM MemberEntity m" + f.from() + " WHERE " + f.condition()
                    + " AND m.membershipStatus = :active GROUP BY m.stage", Object[].class).setParameter("active", MembershipStatus.ACTIVE);
            f.parameters().forEach(q::setParameter);
            return q.getResultList();
        }).forEach(r -> counts.put((MemberStage) r[0], (Long) r[1]));
        return counts;
    }

    /** Admissions as probationary member per year among those matching {@code scope}. */
    private Map<Integer, Long> countYears(Function<EntityManager, Subtree.Filter> scope) {
        Map<Integer, Long> perYear = new TreeMap<>();
        // counted by the database: a county's members are tens of thousands of dates, its years a few dozen rows; the
        // date counted, not the member, so the (organization, probation date) index answers alone (V17)
        store.tx().read(em -> {
            Subtree.Filter f = scope.apply(em);
            TypedQuery<Object[]> q = em
                    .createQuery("SELECT EXTRACT(YEAR FROM m.probationDate), COUNT(m.probationDate) FROM MemberEntity m" + f.from() + " WHERE "
                            + f.condition()
                            + " AND m.probationDate IS NOT NULL GROUP BY EXTRACT(YEAR FROM m.probationDate)", Object[].class);
            f.parameters().forEach(q::setParameter);
            return q.getResultList();
        }).forEach(r -> perYear.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
        return perYear;
    }

    private void requireOrganization(long organizationId) {
        store.tx().read(em -> {
            if (em.find(org.jiceng.core.registry.internal.OrganizationEntity.class, organizationId) == null) {
                throw new NotFoundException("Organization", organizationId);
            }
            return null;
        });
    }

    @Override
    public List<VillageWithoutDevelopment> villagesWithoutDevelopment(String jurisdictionCode, int years) {
        jurisdictions.get(jurisdictionCode);
        LocalDate since = LocalDate.now(clock).minusYears(years);
        return store.tx().read(em -> {
            List<JurisdictionEntity> villages = em.createQuery("SELECT j FROM JurisdictionEntity j WHERE j.level = :village AND j.code IN "
                    + Subtree.CODES + " ORDER BY j.code",
                    JurisdictionEntity.class).setParameter("village", JurisdictionLevel.VILLAGE).setParameter("scope", jurisdictionCode)
                    .getResultList();
            Map<String, Object[]> stats = new HashMap<>();
            // joined to the closure, not tested against its codes: H2 then starts from the subtree's closure rows and reads
            // each organization's members from the (organization, probation date) index (3 times faster on a county
            // of 30,000 members)
            for (Object[] r : em.createQuery("SELECT o.jurisdictionCode, MAX(m.probationDate), COUNT(m.organizationId) FROM MemberEntity m "
                    + "JOIN OrganizationEntity o ON o.id = m.organizationId JOIN JurisdictionClosureEntity c ON c.descendantCode = o.jurisdictionCode "
                    + "WHERE c.ancestorCode = :scope GROUP BY o.jurisdictionCode",
                    Object[].class).setParameter("scope", jurisdictionCode).getResultList()) {
                stats.put((String) r[0], r);
            }
            List<VillageWithoutDevelopment> result = new ArrayList<>();
            for (JurisdictionEntity v : villages) {
                Object[] s = stats.get(v.getCode());
                LocalDate last = s == null ? null : (LocalDate) s[1];
                if (last == null || last.isBefore(since)) {
                    VillageWithoutDevelopment row = new VillageWithoutDevelopment(v.getCode(), v.getName(), last, s == null ? 0 : (Long) s[2]);
                    result.add(row);
                }
            }
            return result;
        });
    }
}
