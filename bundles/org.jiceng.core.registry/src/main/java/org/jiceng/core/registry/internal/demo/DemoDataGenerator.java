package org.jiceng.core.registry.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jiceng.development.DevelopmentEvent;
import org.jiceng.development.EventType;
import org.jiceng.registry.Education;
import org.jiceng.registry.Gender;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberStage;
import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.OrganizationType;
import org.jiceng.registry.PartyOrganization;

/**
 * Builds the demo data set deterministically from a seed: the five origin counties with their
 * province and city, their townships, 5-7 villages or communities per township, the county,
 * township and village Party organizations, organ and two-new branches, and their members.
 * Term ends are spread around {@code today} so expiring and overdue terms exist on any day.
 */
public final class DemoDataGenerator {

    /** An organization to create, with the index of its parent in the same plan (or -1). */
    public record PlannedOrganization(PartyOrganization organization, int parentIndex) {
    }

    /** A member to create, with the index of its organization in the plan. */
    public record PlannedMember(Member member, int organizationIndex) {
    }

    public record Plan(List<Jurisdiction> jurisdictions, List<PlannedOrganization> organizations, List<PlannedMember> members) {
    }

    private final Random random;
    private final LocalDate today;
    private final List<Jurisdiction> jurisdictions = new ArrayList<>();
    private final List<PlannedOrganization> organizations = new ArrayList<>();
    private final List<PlannedMember> members = new ArrayList<>();
    private String countyCode;
    private int idSequence;
    private final java.util.Set<String> idCardNumbers = new java.util.HashSet<>();

    public DemoDataGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    public Plan generate() {
        for (DemoCounties.County county : DemoCounties.ALL) {
            addCounty(county);
        }
        return new Plan(List.copyOf(jurisdictions), List.copyOf(organizations), List.copyOf(members));
    }

    private void addCounty(DemoCounties.County c) {
        countyCode = c.county().code();
        addJurisdiction(c.province().code(), c.province().name(), JurisdictionLevel.PROVINCE, null, 0);
        addJurisdiction(c.city().code(), c.city().name(), JurisdictionLevel.CITY, c.province().code(), 1);
        addJurisdiction(c.county().code(), c.county().name(), JurisdictionLevel.COUNTY, c.city().code(), 2);
        String countyName = c.county().name();
        int countyCommittee = addOrganization("中共" + countyName + "委员会", OrganizationType.COMMITTEE, OrganizationField.ORGAN,
                -1, c.county().code(), 5);
        addMembers(countyCommittee, 9, true);

        for (String organ : DemoCounties.ORGANS) {
            String name = countyName + organ.substring(1) + "机关党支部";
            int branch = addOrganization(name, OrganizationType.BRANCH, OrganizationField.ORGAN, countyCommittee, c.county().code(), 3);
            addMembers(branch, 8 + random.nextInt(15), false);
        }

        List<String> townships = c.townships();
        for (int t = 0; t < townships.size(); t++) {
            String townName = townships.get(t);
            boolean street = townName.endsWith("街道");
            String townCode = c.county().code() + String.format("%03d", street ? t + 1 : 100 + t);
            addJurisdiction(townCode, townName, JurisdictionLevel.TOWNSHIP, c.county().code(), 3);
            String committeeName = street ? "中共" + countyName + townName + "工作委员会" : "中共" + townName + "委员会";
            int townCommittee = addOrganization(committeeName, street ? OrganizationType.WORKING_COMMITTEE : OrganizationType.COMMITTEE,
                    street ? OrganizationField.COMMUNITY : OrganizationField.RURAL, countyCommittee, townCode, 5);
            addMembers(townCommittee, 5 + random.nextInt(4), true);

            int villages = 5 + random.nextInt(3);
            for (int v = 0; v < villages; v++) {
                boolean community = street || v == 0;
                String villageName = community
                        ? villageStem() + "社区"
                        : villageStem() + DemoCounties.VILLAGE_SUFFIXES[random.nextInt(DemoCounties.VILLAGE_SUFFIXES.length)];
                String villageCode = townCode + String.format("%03d", community ? v + 1 : 200 + v);
                addJurisdiction(villageCode, villageName, JurisdictionLevel.VILLAGE, townCode, 4);
                int size = 6 + random.nextInt(16);
                OrganizationType type = size > 18 ? OrganizationType.GENERAL_BRANCH : OrganizationType.BRANCH;
                String suffix = type == OrganizationType.GENERAL_BRANCH ? "党总支" : "党支部";
                int branch = addOrganization(villageName + suffix, type, community ? OrganizationField.COMMUNITY : OrganizationField.RURAL,
                        townCommittee, villageCode, 5);
                addMembers(branch, size, false);
            }
            // Every other township hosts one two-new organization branch.
            if (t % 2 == 0) {
                boolean enterprise = random.nextInt(3) > 0;
                String name = enterprise
                        ? townName.substring(0, townName.length() - 1) + DemoCounties.ENTERPRISES.get(random.nextInt(DemoCounties.ENTERPRISES.size()))
                                + "党支部"
                        : townName.substring(0, townName.length() - 1) + DemoCounties.SOCIAL_ORGS.get(random.nextInt(DemoCounties.SOCIAL_ORGS.size()))
                                + "党支部";
                int branch = addOrganization(name, OrganizationType.BRANCH,
                        enterprise ? OrganizationField.NON_PUBLIC_ENTERPRISE : OrganizationField.SOCIAL_ORGANIZATION, townCommittee, townCode, 3);
                addMembers(branch, 3 + random.nextInt(8), false);
            }
        }
    }

    private String villageStem() {
        String s = DemoCounties.VILLAGE_STEMS;
        return "" + s.charAt(random.nextInt(s.length())) + s.charAt(random.nextInt(s.length()));
    }

    private void addJurisdiction(String code, String name, JurisdictionLevel level, String parent, int depth) {
        for (Jurisdiction j : jurisdictions) {
            if (j.code().equals(code)) {
                return; // a province or city shared by two counties
            }
        }
        Jurisdiction j = new Jurisdiction(code, name, level, parent, depth, 0);
        jurisdictions.add(j);
    }

    private int addOrganization(String name, OrganizationType type, OrganizationField field, int parent, String jurisdiction, int termYears) {
        // Term ends spread from 4 months ago to 30 months ahead: some overdue, some due within 6 months.
        LocalDate termEnd = today.plusDays(random.nextInt(34 * 30) - 4 * 30);
        int roll = random.nextInt(100);
        OrganizationStatus status = roll < 6 ? OrganizationStatus.WEAK_LAX : roll < 12 ? OrganizationStatus.BACKWARD : OrganizationStatus.NORMAL;
        PartyOrganization o = PartyOrganization.builder()
                .name(name)
                .type(type)
                .field(field)
                .jurisdictionCode(jurisdiction)
                .termEnd(termEnd)
                .termStart(termEnd.minusYears(termYears))
                .status(status)
                .starRating(status == OrganizationStatus.NORMAL ? 2 + random.nextInt(4) : 1 + random.nextInt(2))
                .build();
        organizations.add(new PlannedOrganization(o, parent));
        return organizations.size() - 1;
    }

    private void addMembers(int organization, int count, boolean leadership) {
        for (int i = 0; i < count; i++) {
            members.add(new PlannedMember(member(leadership || i < 3), organization));
        }
    }

    private Member member(boolean hasPost) {
        String surnames = DemoCounties.SURNAMES;
        String given = DemoCounties.GIVEN;
        String name = "" + surnames.charAt(random.nextInt(surnames.length())) + given.charAt(random.nextInt(given.length()))
                + (random.nextBoolean() ? "" : String.valueOf(given.charAt(random.nextInt(given.length()))));
        Gender gender = random.nextInt(100) < 72 ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = today.minusYears(20 + random.nextInt(62)).minusDays(random.nextInt(365));
        Education[] educations = Education.values();
        Education education = educations[Math.min(educations.length - 1, random.nextInt(4) + random.nextInt(4))];
        int roll = random.nextInt(100);
        MemberStage stage = hasPost || roll >= 12
                ? MemberStage.FULL
                : roll < 3 ? MemberStage.APPLICANT : roll < 6 ? MemberStage.ACTIVIST : roll < 8 ? MemberStage.CANDIDATE : MemberStage.PROBATIONARY;
        Member.Builder m = Member.builder().name(name).gender(gender).education(education).hasPost(hasPost).stage(stage);
        birth = fillStageDates(m, stage, birth);
        String id;
        do {
            id = idCardNumber(countyCode, birth, gender, idSequence++);
        } while (!idCardNumbers.add(id));
        return m.birthDate(birth)
                .idCardNumber(id)
                .phone("1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)))
                .build();
    }

    /** A well-formed resident ID number (GB 11643): region, birth date, sequence (odd for men), check digit. */
    static String idCardNumber(String region, LocalDate birth, Gender gender, int sequence) {
        int seq = (sequence % 500) * 2 + (gender == Gender.MALE ? 1 : 0);
        String body = region + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /**
     * Dates that respect the pipeline: 18+ at application, a year as activist, a year of probation.
     * Returns the birth date, moved earlier when the person was too young for the stage.
     */
    private LocalDate fillStageDates(Member.Builder m, MemberStage memberStage, LocalDate birth) {
        int stage = memberStage.ordinal();
        LocalDate earliest = birth.plusYears(18);
        LocalDate end = stage == MemberStage.FULL.ordinal() ? today.minusDays(30) : today.minusDays(10);
        int needed = 150 + (stage >= 2 ? 365 : 0) + (stage >= 4 ? 365 : 0) + stage * 60;
        long span = end.toEpochDay() - earliest.toEpochDay() - needed;
        if (span < 0) {
            // Too young for this stage: make the person old enough to have gone through it.
            earliest = end.minusDays(needed);
            birth = earliest.minusYears(18);
            span = 0;
        }
        LocalDate application = earliest.plusDays(span == 0 ? 0 : random.nextInt((int) Math.min(span, 365L * 40)));
        m.applicationDate(application);
        LocalDate previous = application;
        if (stage >= 1) {
            previous = application.plusDays(30 + random.nextInt(60));
            m.activistDate(previous);
        }
        if (stage >= 2) {
            previous = previous.plusYears(1).plusDays(random.nextInt(60));
            m.candidateDate(previous);
        }
        if (stage >= 3) {
            previous = previous.plusDays(60 + random.nextInt(60));
            m.probationDate(previous);
        }
        if (stage >= 4) {
            m.fullDate(previous.plusYears(1));
        }
        return birth;
    }

    /** The development steps behind a member's stage dates, as a branch would have recorded them. */
    static List<DevelopmentEvent> eventsOf(Member m, String decidingBody) {
        List<DevelopmentEvent> events = new ArrayList<>();
        LocalDate[] dates = {m.activistDate(), m.candidateDate(), m.probationDate(), m.fullDate()};
        EventType[] types = {EventType.ACTIVIST_CONFIRMED, EventType.CANDIDATE_CONFIRMED, EventType.ADMITTED_PROBATIONARY, EventType.CONVERTED_FULL};
        for (int i = 0; i < dates.length && dates[i] != null; i++) {
            DevelopmentEvent e = new DevelopmentEvent(null, 0, types[i], dates[i], decidingBody, new ArrayList<>(types[i].requiredEvidence()), "demo",
                    null, null, null);
            events.add(e);
        }
        return events;
    }
}
