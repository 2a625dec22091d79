package org.jiceng.module.xiajiang.threemembers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.OrganizationType;
import org.jiceng.registry.PartyOrganization;

/** The rules of 峡江's "three members", free of persistence so they can be tested alone. */
final class Rules {
    static final String RULE_ELIGIBILITY = "eligibility-four-conditions";
    static final String RULE_CHANNEL = "selection-channel";
    static final String RULE_CONSULTATION = "consultation-required";
    static final String RULE_TRAINING = "training-before-appointment";
    static final String RULE_FULL_MEMBER = "full-member-stage";
    static final String RULE_SUPERVISION_DOMAIN = "supervision-domain";
    static final String RULE_SUPERVISOR_ONLY = "supervisor-only";
    static final String RULE_TARGET_STAFFED = "target-already-staffed";
    static final String RULE_ROLE_MATCH = "role-matches-target";

    /** Unit-name keywords that place a county organ's branch in a supervisor's sector domain; first match wins. */
    private static final Map<SectorDomain, List<String>> ORGAN_KEYWORDS = new java.util.LinkedHashMap<>();

    static {
        ORGAN_KEYWORDS.put(SectorDomain.POLITICS_LAW, List.of("公安", "法院", "检察", "司法", "政法", "信访"));
        ORGAN_KEYWORDS.put(SectorDomain.AGRICULTURE_FORESTRY, List.of("农业", "林业", "水利", "农村", "乡村振兴", "农机"));
        ORGAN_KEYWORDS.put(SectorDomain.TRANSPORT_CONSTRUCTION, List.of("交通", "住房", "城乡建设", "城管", "自然资源", "公路"));
        ORGAN_KEYWORDS.put(SectorDomain.CULTURE, List.of("教育", "教体", "文化", "广电", "旅游", "体育"));
        ORGAN_KEYWORDS.put(SectorDomain.LIVELIHOOD, List.of("卫生", "疾病", "医院", "民政", "人力资源", "社会保障", "医保", "退役军人"));
        ORGAN_KEYWORDS.put(SectorDomain.ECONOMY, List.of("财政", "发展和改革", "发改", "市场监督", "商务", "税务", "统计", "工业", "审计"));
        ORGAN_KEYWORDS.put(SectorDomain.PARTY_AFFAIRS, List.of("组织部", "宣传部", "办公室", "统战", "纪委", "党校", "机关工委"));
    }

    private Rules() {
    }

    static boolean isTwoNew(OrganizationField field) {
        return field == OrganizationField.NON_PUBLIC_ENTERPRISE || field == OrganizationField.SOCIAL_ORGANIZATION;
    }

    static boolean isBranch(OrganizationType type) {
        return type == OrganizationType.BRANCH || type == OrganizationType.JOINT_BRANCH || type == OrganizationType.GENERAL_BRANCH;
    }

    /**
     * Which member an organization needs, if any: a backward or weak branch of a county organ gets a
     * commissioner; a two-new organization that is backward, weak or rated at most {@code instructorMaxStars}
     * stars gets an instructor. {@code atCountyLevel}: the organization sits in a county-level jurisdiction,
     * where the county organs are.
     */
    static Optional<MemberRole> roleFor(PartyOrganization o, boolean atCountyLevel, int instructorMaxStars) {
        if (!isBranch(o.type())) {
            return Optional.empty();
        }
        boolean weak = o.status() == OrganizationStatus.BACKWARD || o.status() == OrganizationStatus.WEAK_LAX;
        if (o.field() == OrganizationField.ORGAN && atCountyLevel && weak) {
            return Optional.of(MemberRole.COMMISSIONER);
        }
        if (isTwoNew(o.field()) && (weak || o.starRating() == null || o.starRating() <= instructorMaxStars)) {
            return Optional.of(MemberRole.INSTRUCTOR);
        }
        return Optional.empty();
    }

    /** The sector domain whose supervisor oversees an organization: two-new ones by field, organs by their unit's name. */
    static SectorDomain domainOf(PartyOrganization o) {
        if (o.field() == OrganizationField.NON_PUBLIC_ENTERPRISE) {
            return SectorDomain.ECONOMY;
        }
        if (o.field() == OrganizationField.SOCIAL_ORGANIZATION) {
            return SectorDomain.LIVELIHOOD;
        }
        String name = o.name() == null ? "" : o.name();
        for (Map.Entry<SectorDomain, List<String>> e : ORGAN_KEYWORDS.entrySet()) {
            for (String keyword : e.getValue()) {
                if (name.contains(keyword)) {
                    return e.getKey();
                }
            }
        }
        return SectorDomain.PARTY_AFFAIRS;
    }

    /** The eligibility conditions a candidate does not meet, by name; empty when all four hold. */
    static List<String> missingConditions(boolean fullMember, boolean partyExperience, boolean soundConduct, boolean fitToWork) {
        List<String> missing = new ArrayList<>();
        if (!fullMember) {
            missing.add("fullMember");
        }
        if (!partyExperience) {
            missing.add("partyExperience");
        }
        if (!soundConduct) {
            missing.add("soundConduct");
        }
        if (!fitToWork) {
            missing.add("fitToWork");
        }
        return missing;
    }

    /** Organs: individual application with organizational recommendation; two-new: unified dispatch or social recruitment. */
    static Set<SelectionChannel> channelsFor(MemberRole role) {
        return switch (role) {
            case COMMISSIONER -> Set.of(SelectionChannel.APPLICATION_WITH_RECOMMENDATION);
            case INSTRUCTOR -> Set.of(SelectionChannel.UNIFIED_DISPATCH, SelectionChannel.SOCIAL_RECRUITMENT);
            case SUPERVISOR -> Set.of(SelectionChannel.APPLICATION_WITH_RECOMMENDATION, SelectionChannel.UNIFIED_DISPATCH);
        };
    }

    /** The number printed on an appointment letter (聘书), e.g. 峡三员聘〔2026〕7号. */
    static String appointmentNumber(int year, long sequence) {
        return "峡三员聘〔" + year + "〕" + sequence + "号";
    }

    /** Grades of the year-end assessment and what follows from each. */
    static Outcome outcomeOf(String grade) {
        if (grade == null) {
            return Outcome.NONE;
        }
        return switch (grade) {
            case "优秀" -> Outcome.COMMENDED;
            case "不称职" -> Outcome.CRITICIZED;
            default -> Outcome.NONE;
        };
    }

    static boolean upgraded(Integer before, Integer after) {
        return before != null && after != null && after > before;
    }

}
