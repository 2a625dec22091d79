package org.jiceng.module.wugang.villageappraisal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What the results fix, configurable in {@code etc/org.jiceng.module.wugang.villageappraisal.cfg}. The seed
 * names no amounts: the defaults are plausible figures for a Hunan county (a village cadre's yearly
 * performance part of the lost-work subsidy of a few thousand yuan), to be set to the county's own.
 */
@Component(service = Settings.class, configurationPid = Store.PID)
@Designate(ocd = Settings.Config.class)
public class Settings {

    @ObjectClassDefinition(name = "Jiceng wugang-village-cadre-appraisal", description = "武冈 村干部绩效考核: subsidy per grade, awards, selection")
    public @interface Config {
        @AttributeDefinition(description = "Yearly performance part of the lost-work subsidy (误工补贴, yuan) for the grade 优秀 (90 points and more).", min = "0")
        double subsidyExcellent() default 6000;

        @AttributeDefinition(description = "The same for 称职 (75 to 90 points).", min = "0")
        double subsidyCompetent() default 4800;

        @AttributeDefinition(description = "The same for 基本称职 (60 to 75 points): paid at half rate in the defaults.", min = "0")
        double subsidyBasic() default 2400;

        @AttributeDefinition(description = "The same for 不称职 (below 60 points): withheld in the defaults.", min = "0")
        double subsidyIncompetent() default 0;

        @AttributeDefinition(description = "How many 优秀 cadres of each township, best first, are commended (表彰奖励).", min = "0", max = "50")
        int awardsPerTownship() default 1;

        @AttributeDefinition(description = "The award (yuan) that goes with a commendation as 优秀村干部.", min = "0")
        double awardAmount() default 1000;

        @AttributeDefinition(description = "A total of at least this, with the grade 优秀, marks the cadre as a candidate for selection (选拔任用).", min = "0", max = "100")
        double selectionMinimumTotal() default 90;
    }

    private volatile Config config;

    @Activate
    @Modified
    void configure(Config config) {
        this.config = config;
    }

    /** The rates in force, read once per computation so one year's results never mix two configurations. */
    Rates rates() {
        Config c = config;
        return new Rates(amount(c.subsidyExcellent()), amount(c.subsidyCompetent()), amount(c.subsidyBasic()), amount(c.subsidyIncompetent()),
                c.awardsPerTownship(), amount(c.awardAmount()), c.selectionMinimumTotal());
    }

    private static BigDecimal amount(double value) {
        // metatype bounds amounts at zero; a negative set by hand in the file pays nothing rather than taking money back
        return BigDecimal.valueOf(Math.max(0, value)).setScale(2, RoundingMode.HALF_UP);
    }
}
