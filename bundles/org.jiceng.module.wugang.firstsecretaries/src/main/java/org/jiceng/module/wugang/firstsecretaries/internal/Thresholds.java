package org.jiceng.module.wugang.firstsecretaries.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The county's figures, configurable in {@code etc/org.jiceng.module.wugang.firstsecretaries.cfg}; the defaults are 武冈's. */
@Component(service = Thresholds.class, configurationPid = Store.PID)
@Designate(ocd = Thresholds.Config.class)
public class Thresholds {

    @ObjectClassDefinition(name = "Jiceng wugang-first-secretaries", description = "武冈 第一书记: presence, reports and elimination thresholds")
    public @interface Config {
        @AttributeDefinition(description = "Working days a month a first secretary must spend in the village (武冈: 22).", min = "1", max = "31")
        int minDaysInVillage() default 22;

        @AttributeDefinition(description = "Nights a month a first secretary must stay in the village (武冈: 12).", min = "0", max = "31")
        int minNightsInVillage() default 12;

        @AttributeDefinition(description = "Days after the Sunday of a week by which its weekly report is on time.", min = "0", max = "14")
        int weeklyReportGraceDays() default 1;

        @AttributeDefinition(description = "Days after the end of a half year by which the half-yearly report is on time.", min = "0", max = "90")
        int halfYearReportGraceDays() default 15;

        @AttributeDefinition(description = "A monthly total below this is a poor result (the 较差 grade: below 60 of 100). Last place three months "
                + "in a row with a poor total in the third month proposes an elimination.", min = "0", max = "100")
        double poorTotalBelow() default 60;
    }

    private volatile Config config;

    @Activate
    @Modified
    void configure(Config config) {
        this.config = config;
    }

    int minDays() {
        return config.minDaysInVillage();
    }

    int minNights() {
        return config.minNightsInVillage();
    }

    int weeklyGraceDays() {
        return config.weeklyReportGraceDays();
    }

    int halfYearGraceDays() {
        return config.halfYearReportGraceDays();
    }

    double poorTotalBelow() {
        return config.poorTotalBelow();
    }
}
