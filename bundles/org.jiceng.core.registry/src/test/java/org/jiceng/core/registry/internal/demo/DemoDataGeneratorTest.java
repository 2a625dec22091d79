package org.jiceng.core.registry.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberStage;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final DemoDataGenerator.Plan plan = new DemoDataGenerator(42, TODAY).generate();

    @Test
    void holdsTheFiveCountiesWithUniqueCodesAndParentsFirst() {
        Set<String> seen = new HashSet<>();
        for (Jurisdiction j : plan.jurisdictions()) {
            assertTrue(j.getParentCode() == null || seen.contains(j.getParentCode()), "parent before child: " + j.getCode());
            assertTrue(seen.add(j.getCode()), "duplicate " + j.getCode());
        }
        assertTrue(seen.containsAll(Set.of("130531", "110113", "441481", "430581", "360823")));
        long xingningTowns = plan.jurisdictions().stream()
                .filter(j -> j.getLevel() == JurisdictionLevel.TOWNSHIP && j.getParentCode().equals("441481")).count();
        assertEquals(17, xingningTowns);
    }

    @Test
    void hasAFewThousandMembersWithDatesThatRespectThePipeline() {
        assertTrue(plan.members().size() >= 2000 && plan.members().size() <= 8000, "members: " + plan.members().size());
        for (DemoDataGenerator.PlannedMember p : plan.members()) {
            Member m = p.member();
            assertFalse(m.getApplicationDate().isBefore(m.getBirthDate().plusYears(18)), "applicant is 18 or older");
            int stage = m.getStage().ordinal();
            if (stage >= MemberStage.CANDIDATE.ordinal()) {
                assertFalse(m.getCandidateDate().isBefore(m.getActivistDate().plusYears(1)), "a year as activist");
            }
            if (m.getStage() == MemberStage.FULL) {
                assertEquals(m.getProbationDate().plusYears(1), m.getFullDate());
            }
            for (LocalDate d : new LocalDate[]{m.getApplicationDate(), m.getActivistDate(), m.getCandidateDate(), m.getProbationDate(),
                    m.getFullDate()}) {
                assertTrue(d == null || !d.isAfter(TODAY), "no date in the future");
            }
        }
    }

    @Test
    void termEndsIncludeOverdueAndDueSoon() {
        long overdue = plan.organizations().stream().filter(o -> o.organization().getTermEnd().isBefore(TODAY)).count();
        long dueSoon = plan.organizations().stream().map(o -> o.organization().getTermEnd())
                .filter(d -> !d.isBefore(TODAY) && d.isBefore(TODAY.plusMonths(6))).count();
        assertTrue(overdue > 0 && dueSoon > 0);
    }

    @Test
    void theSameSeedGivesTheSameData() {
        DemoDataGenerator.Plan again = new DemoDataGenerator(42, TODAY).generate();
        assertEquals(plan.members().size(), again.members().size());
        assertEquals(plan.members().get(100).member().getName(), again.members().get(100).member().getName());
    }
}
