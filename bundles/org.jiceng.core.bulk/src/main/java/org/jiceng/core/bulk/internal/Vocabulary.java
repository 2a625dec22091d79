package org.jiceng.core.bulk.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.PostLevel;
import org.jiceng.registry.Education;
import org.jiceng.registry.Gender;
import org.jiceng.registry.MemberStage;
import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.OrganizationType;

/**
 * The Chinese labels county offices write in their spreadsheets, mapped to the API's values.
 * Files may use either; exports write the Chinese label.
 */
final class Vocabulary {
    private static final Map<String, Enum<?>> LABELS = new HashMap<>();
    private static final Map<Enum<?>, String> NAMES = new HashMap<>();

    static {
        label(Gender.MALE, "男");
        label(Gender.FEMALE, "女");
        label(MemberStage.APPLICANT, "入党申请人");
        label(MemberStage.ACTIVIST, "入党积极分子");
        label(MemberStage.CANDIDATE, "发展对象");
        label(MemberStage.PROBATIONARY, "预备党员");
        label(MemberStage.FULL, "正式党员");
        label(Education.PRIMARY, "小学");
        label(Education.JUNIOR_SECONDARY, "初中");
        label(Education.SENIOR_SECONDARY, "高中");
        label(Education.VOCATIONAL, "中专");
        label(Education.JUNIOR_COLLEGE, "大专");
        label(Education.BACHELOR, "本科");
        label(Education.MASTER, "硕士");
        label(Education.DOCTORATE, "博士");
        label(OrganizationType.COMMITTEE, "党委");
        label(OrganizationType.WORKING_COMMITTEE, "党工委");
        label(OrganizationType.GENERAL_BRANCH, "党总支");
        label(OrganizationType.BRANCH, "党支部");
        label(OrganizationType.JOINT_BRANCH, "联合党支部");
        label(OrganizationField.RURAL, "农村");
        label(OrganizationField.COMMUNITY, "社区");
        label(OrganizationField.ORGAN, "机关");
        label(OrganizationField.PUBLIC_INSTITUTION, "事业单位");
        label(OrganizationField.NON_PUBLIC_ENTERPRISE, "非公企业");
        label(OrganizationField.SOCIAL_ORGANIZATION, "社会组织");
        label(OrganizationStatus.NORMAL, "正常");
        label(OrganizationStatus.BACKWARD, "后进");
        label(OrganizationStatus.WEAK_LAX, "软弱涣散");
        label(CadreRank.DIVISION, "处级");
        label(CadreRank.SECTION, "正科");
        label(CadreRank.DEPUTY_SECTION, "副科");
        label(CadreRank.STAFF, "科员");
        label(CadreRank.VILLAGE, "村干部");
        label(PostLevel.HEAD, "正职");
        label(PostLevel.DEPUTY, "副职");
        label(PostLevel.MEMBER, "成员");
    }

    private Vocabulary() {
    }

    private static void label(Enum<?> value, String chinese) {
        LABELS.put(value.getDeclaringClass().getName() + "|" + chinese, value);
        NAMES.put(value, chinese);
    }

    /** The value named by a Chinese label or the English constant; null when neither matches. */
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        Enum<?> byLabel = LABELS.get(type.getName() + "|" + text.trim());
        if (byLabel != null) {
            return type.cast(byLabel);
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String label(Enum<?> value) {
        return value == null ? "" : NAMES.getOrDefault(value, value.name());
    }

    /** Allowed spellings, for error messages. */
    static <E extends Enum<E>> String allowed(Class<E> type) {
        StringBuilder b = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            b.append(b.length() == 0 ? "" : ", ").append(NAMES.getOrDefault(e, e.name())).append('/').append(e.name());
        }
        return b.toString();
    }
}
