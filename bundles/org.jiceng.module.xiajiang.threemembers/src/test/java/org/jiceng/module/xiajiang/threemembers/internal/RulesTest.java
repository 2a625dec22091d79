package org.jiceng.module.xiajiang.threemembers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.OrganizationType;
import org.jiceng.registry.PartyOrganization;
import org.junit.jupiter.api.Test;

class RulesTest {

    private static PartyOrganization org(String name, OrganizationType type, OrganizationField field, OrganizationStatus status, Integer stars) {
        return PartyOrganization.builder().name(name).type(type).field(field).status(status).starRating(stars).build();
    }

    @Test
    void weakOrganBranchesAtCountyLevelGetACommissioner() {
        PartyOrganization weak = org("峡江县疾病预防控制中心机关党支部", OrganizationType.BRANCH, OrganizationField.ORGAN, OrganizationStatus.WEAK_LAX, 1);
        assertEquals(Optional.of(MemberRole.COMMISSIONER), Rules.roleFor(weak, true, 3));
        assertEquals(Optional.empty(), Rules.roleFor(weak, false, 3), "an organ branch below the county is not a county organ");
        assertEquals(Optional.empty(), Rules.roleFor(weak.toBuilder().status(OrganizationStatus.NORMAL).build(), true, 3));
        PartyOrganization committee = org("中共峡江县委员会", OrganizationType.COMMITTEE, OrganizationField.ORGAN, OrganizationStatus.BACKWARD, 1);
        assertEquals(Optional.empty(), Rules.roleFor(committee, true, 3), "committees are not branches");
    }

    @Test
    void twoNewOrganizationsWeakOrLowRatedGetAnInstructor() {
        PartyOrganization firm = org("第六非公联合党支部", OrganizationType.JOINT_BRANCH, OrganizationField.NON_PUBLIC_ENTERPRISE, OrganizationStatus.NORMAL,
                2);
        assertEquals(Optional.of(MemberRole.INSTRUCTOR), Rules.roleFor(firm, false, 3));
        PartyOrganization rated = firm.toBuilder().starRating(4).build();
        assertEquals(Optional.empty(), Rules.roleFor(rated, false, 3));
        assertEquals(Optional.of(MemberRole.INSTRUCTOR), Rules.roleFor(rated.toBuilder().status(OrganizationStatus.BACKWARD).build(), false, 3));
        PartyOrganization rural = org("张家村党支部", OrganizationType.BRANCH, OrganizationField.RURAL, OrganizationStatus.WEAK_LAX, 1);
        assertEquals(Optional.empty(), Rules.roleFor(rural, false, 3), "villages are not the three members' targets");
    }

    @Test
    void domainsFollowFieldAndUnitName() {
        assertEquals(SectorDomain.ECONOMY, Rules.domainOf(org("x", OrganizationType.BRANCH, OrganizationField.NON_PUBLIC_ENTERPRISE, null, null)));
        assertEquals(SectorDomain.LIVELIHOOD, Rules.domainOf(org("x", OrganizationType.BRANCH, OrganizationField.SOCIAL_ORGANIZATION, null, null)));
        assertEquals(SectorDomain.AGRICULTURE_FORESTRY,
                Rules.domainOf(org("峡江县水利局机关党支部", OrganizationType.BRANCH, OrganizationField.ORGAN, null, null)));
        assertEquals(SectorDomain.POLITICS_LAW, Rules.domainOf(org("峡江县公安局机关党支部", OrganizationType.BRANCH, OrganizationField.ORGAN, null, null)));
        assertEquals(SectorDomain.CULTURE, Rules.domainOf(org("峡江县教育体育局机关党支部", OrganizationType.BRANCH, OrganizationField.ORGAN, null, null)));
        assertEquals(SectorDomain.PARTY_AFFAIRS, Rules.domainOf(org("峡江县某中心机关党支部", OrganizationType.BRANCH, OrganizationField.ORGAN, null, null)));
    }

    @Test
    void allFourConditionsMustHold() {
        assertTrue(Rules.missingConditions(true, true, true, true).isEmpty());
        assertEquals(List.of("soundConduct"), Rules.missingConditions(true, true, false, true));
        assertEquals(List.of("fullMember", "fitToWork"), Rules.missingConditions(false, true, true, false));
    }

    @Test
    void channelsFitTheRole() {
        assertEquals(1, Rules.channelsFor(MemberRole.COMMISSIONER).size());
        assertTrue(Rules.channelsFor(MemberRole.INSTRUCTOR).contains(SelectionChannel.SOCIAL_RECRUITMENT));
        assertTrue(!Rules.channelsFor(MemberRole.COMMISSIONER).contains(SelectionChannel.SOCIAL_RECRUITMENT));
    }

    @Test
    void supervisionMonthsAreDueAfterTheGraceDays() {
        LocalDate start = LocalDate.of(2026, 3, 15);
        LocalDate end = LocalDate.of(2026, 12, 31);
        assertEquals(List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4)),
                org.jiceng.common.Cadence.monthsDue(start, end, LocalDate.of(2026, 5, 6), 5));
        assertEquals(List.of(YearMonth.of(2026, 3)), org.jiceng.common.Cadence.monthsDue(start, end, LocalDate.of(2026, 5, 5), 5),
                "April is due after 5 May");
        assertEquals(10, org.jiceng.common.Cadence.monthsDue(start, end, LocalDate.of(2027, 3, 1), 5).size(),
                "nothing after the end of the dispatch");
    }

    @Test
    void figuresAndOutcomes() {
        assertTrue(Rules.upgraded(2, 5));
        assertTrue(!Rules.upgraded(3, 3) && !Rules.upgraded(null, 4));
        assertEquals(Outcome.COMMENDED, Rules.outcomeOf("优秀"));
        assertEquals(Outcome.CRITICIZED, Rules.outcomeOf("不称职"));
        assertEquals(Outcome.NONE, Rules.outcomeOf("称职"));
        assertEquals("峡三员聘〔2026〕7号", Rules.appointmentNumber(2026, 7));
    }
}
