package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The days each level has to solve a problem, set by the city through its configuration
 * ({@code etc/org.jiceng.module.xingning.residentcontact.cfg}). The seed names the three-level
 * mechanism and the city units' working rules (工作规程) but gives no days; the defaults — a week at the
 * village, two at the town, a month for the city's units — are those such rules commonly set. A level's
 * deadline is fixed when the problem reaches it, so a change applies to later levels only.
 */
@Component(service = Deadlines.class, configurationPid = Deadlines.PID)
@Designate(ocd = Deadlines.Config.class)
public class Deadlines {
    public static final String PID = "org.jiceng.module.xingning.residentcontact";

    @ObjectClassDefinition(name = "Jiceng xingning-resident-contact", description = "驻点联系群众: days each level has to solve a resident's problem")
    public @interface Config {
        @AttributeDefinition(description = "村级: days the village has from the day the problem is raised.", min = "1", max = "90")
        int villageDays() default 7;

        @AttributeDefinition(description = "镇级: days the town has from the day the problem is escalated to it.", min = "1", max = "90")
        int townDays() default 15;

        @AttributeDefinition(description = "市级: days the city's units have from the day the problem is escalated to the city.", min = "1", max = "180")
        int cityDays() default 30;
    }

    /** One level's days as REST shows them. */
    public static class Entry {
        public Level level;
        public String levelZh;
        public int days;
    }

    private volatile int[] days = {7, 15, 30};

    @Activate
    public Deadlines(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.days = new int[]{config.villageDays(), config.townDays(), config.cityDays()};
    }

    int days(Level level) {
        return days[level.ordinal()];
    }

    /** The deadline of a level reached on {@code since}. */
    LocalDate deadline(Level level, LocalDate since) {
        return since.plusDays(days(level));
    }

    /** The latest the whole chain may take from the day a problem is raised: the deadline its problem carries on the engine. */
    LocalDate outerDeadline(LocalDate raisedOn) {
        int[] d = days;
        return raisedOn.plusDays((long) d[0] + d[1] + d[2]);
    }

    Entry[] entries() {
        Entry[] out = new Entry[Level.values().length];
        for (Level l : Level.values()) {
            Entry e = new Entry();
            e.level = l;
            e.levelZh = l.zh();
            e.days = days(l);
            out[l.ordinal()] = e;
        }
        return out;
    }
}
