package org.jiceng.module.xingning.rotationtalent.internal;

/** The talent lists' categories (人才类别) and the fields of the urgently needed posts. */
public enum TalentCategory {
    AGRICULTURE("农业农村"), EDUCATION("教育"), HEALTH("医疗卫生"), ENTERPRISE_MANAGEMENT("企业经营管理"), SCIENCE_TECHNOLOGY("科技创新"), ENGINEERING(
            "工程建设"), CULTURE_TOURISM("文化旅游"), FINANCE_LAW("金融法律"), SKILLED_TRADES("技能人才");

    private final String nameZh;

    TalentCategory(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
