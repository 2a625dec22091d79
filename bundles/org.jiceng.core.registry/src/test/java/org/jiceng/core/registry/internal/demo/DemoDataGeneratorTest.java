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
            assertTrue(j.parentCode() == null || seen.contains(j.parentCode()), "parent before child: " + j.code());
            assertTrue(seen.add(j.code()), "duplicate " + j.code());
        }
        assertTrue(seen.containsAll(Set.of("130531", "110113", "441481", "430581", "360823")));
        long xingningTowns = plan.jurisdictions().stream()
                .filter(j -> j.level() == JurisdictionLevel.TOWNSHIP && j.parentCode().equals("441481")).count();
        assertEquals(17, xingningTowns);
    }

    @Test
    void placesEveryJurisdictionAtOrBelowACountyInThatCountyAndNoneAbove() {
        java.util.Map<String, String> counties = DemoDataLoader.countiesOf(plan.jurisdictions());
        java.util.Map<String, Jurisdiction> byCode = new java.util.HashMap<>();
        plan.jurisdictions().forEach(j -> byCode.put(j.code(), j));
        long placed = 0;
        for (Jurisdiction j : plan.jurisdictions()) {
            String county = counties.get(j.code());
            if (j.level().ordinal() < JurisdictionLevel.COUNTY.ordinal()) {
                assertEquals(null, county, "above county level: " + j.code());
                continue;
            }
            assertEquals(JurisdictionLevel.COUNTY, byCode.get(county).level(), j.code() + " in " + county);
            Jurisdiction cursor = j;
            while (!cursor.code().equals(county)) {
                cursor = byCode.get(cursor.parentCode()); // fails with a null parent when the county is not an ancestor
            }
            placed++;
        }
        assertEquals("441481", counties.get("441481"));
        assertTrue(placed > 300, "jurisdictions placed in a county: " + placed);
    }

    @Test
    void hasAFewThousandMembersWithDatesThatRespectThePipeline() {
        assertTrue(plan.members().size() >= 2000 && plan.members().size() <= 8000, "members: " + plan.members().size());
        for (DemoDataGenerator.PlannedMember p : plan.members()) {
            Member m = p.member();
            assertFalse(m.applicationDate().isBefore(m.birthDate().plusYears(18)), "applicant is 18 or older");
            int stage = m.stage().ordinal();
            if (stage >= MemberStage.CANDIDATE.ordinal()) {
                assertFalse(m.candidateDate().isBefore(m.activistDate().plusYears(1)), "a year as activist");
            }
            if (m.stage() == MemberStage.FULL) {
                assertEquals(m.probationDate().plusYears(1), m.fullDate());
            }
            for (LocalDate d : new LocalDate[]{m.applicationDate(), m.activistDate(), m.candidateDate(), m.probationDate(),
                    m.fullDate()}) {
                assertTrue(d == null || !d.isAfter(TODAY), "no date in the future");
            }
        }
    }

    @Test
    void termEndsIncludeOverdueAndDueSoon() {
        long overdue = plan.organizations().stream().filter(o -> o.organization().termEnd().isBefore(TODAY)).count();
        long dueSoon = plan.organizations().stream().map(o -> o.organization().termEnd())
                .filter(d -> !d.isBefore(TODAY) && d.isBefore(TODAY.plusMonths(6))).count();
        assertTrue(overdue > 0 && dueSoon > 0);
    }

    @Test
    void theSameSeedGivesTheSameData() {
        DemoDataGenerator.Plan again = new DemoDataGenerator(42, TODAY).generate();
        assertEquals(plan.members().size(), again.members().size());
        assertEquals(plan.members().get(100).member().name(), again.members().get(100).member().name());
    }
}
