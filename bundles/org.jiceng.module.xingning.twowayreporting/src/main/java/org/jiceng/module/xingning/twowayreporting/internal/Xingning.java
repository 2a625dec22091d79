package org.jiceng.module.xingning.twowayreporting.internal;

/** The names the module's services share. */
final class Xingning {
    static final String MODULE_ID = "xingning-two-way-reporting";
    /** The county whose rules these are (兴宁市). */
    static final String COUNTY = "441481";
    /** To whom the town secretaries report above: the city committee's plenary session (市委全委会). */
    static final String CITY_COMMITTEE = "中共兴宁市委";

    private Xingning() {
    }
}
