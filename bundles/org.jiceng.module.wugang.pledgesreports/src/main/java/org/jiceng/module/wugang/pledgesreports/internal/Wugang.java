package org.jiceng.module.wugang.pledgesreports.internal;

/** The names the module's services share. */
final class Wugang {
    static final String MODULE_ID = "wugang-pledges-reports";
    /** The county whose rules these are (武冈市). */
    static final String COUNTY = "430581";
    /** To whom township secretaries report above, and who issues the townships' pledges. */
    static final String CITY_COMMITTEE = "中共武冈市委";

    private Wugang() {
    }
}
