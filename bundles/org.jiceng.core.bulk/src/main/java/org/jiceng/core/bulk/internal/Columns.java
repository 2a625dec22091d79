package org.jiceng.core.bulk.internal;

import java.util.List;

/**
 * The columns of each kind of file, English name first, then the Chinese header; the same list
 * writes the header of an export, so an export can be imported again.
 */
final class Columns {
    static final String[][] MEMBER = {
            {"name", "姓名"}, {"gender", "性别"}, {"birthDate", "出生日期"}, {"education", "学历"}, {"idCardNumber", "身份证号"},
            {"phone", "手机"}, {"memberNumber", "党员编号"}, {"jurisdictionCode", "行政区划代码"}, {"organization", "所在党组织"},
            {"stage", "阶段"}, {"applicationDate", "申请入党日期"}, {"activistDate", "确定积极分子日期"}, {"candidateDate", "确定发展对象日期"},
            {"probationDate", "接收预备党员日期"}, {"fullDate", "转正日期"}, {"hasPost", "有无职务"}};

    static final String[][] ORGANIZATION = {
            {"name", "名称"}, {"type", "类型"}, {"field", "领域"}, {"jurisdictionCode", "行政区划代码"}, {"parent", "上级党组织"},
            {"parentJurisdictionCode", "上级党组织区划代码"}, {"termStart", "任期开始"}, {"termEnd", "任期结束"}, {"status", "状态"},
            {"starRating", "星级"}};

    static final String[][] CADRE = {
            {"idCardNumber", "身份证号"}, {"unit", "单位"}, {"jurisdictionCode", "行政区划代码"}, {"title", "职务"}, {"rank", "级别"},
            {"level", "正副职"}, {"startDate", "任职开始"}, {"endDate", "任职结束"}};

    private Columns() {
    }

    /** Header row as Chinese labels (what a county office expects to see). */
    static List<String> headers(String[][] columns) {
        return java.util.Arrays.stream(columns).map(c -> c[1]).toList();
    }

    /** Both spellings of one column, English first. */
    static String[] of(String[][] columns, String english) {
        for (String[] c : columns) {
            if (c[0].equals(english)) {
                return c;
            }
        }
        throw new IllegalArgumentException(english);
    }
}
