package org.jiceng.module.wugang.serviceday.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The county's catalogue of matters and the deadline promised for each (承诺时限), set by the county
 * through its configuration ({@code etc/org.jiceng.module.wugang.serviceday.cfg}). The seed gives no
 * days; the defaults are those a county's service-hall list commonly promises: a certificate within
 * a week, insurance and subsidies within two or three weeks, land matters within a month. An
 * application keeps the deadline promised when it was received, so a change applies to new ones only.
 */
@Component(service = Catalogue.class, configurationPid = Catalogue.PID)
@Designate(ocd = Catalogue.Config.class)
public class Catalogue {
    public static final String PID = "org.jiceng.module.wugang.serviceday";

    @ObjectClassDefinition(name = "Jiceng wugang-service-day", description = "村级集中服务日: promised deadline per matter type, in calendar days from receipt")
    public @interface Config {
        @AttributeDefinition(description = "社保医保: days promised for social insurance matters.", min = "1", max = "90")
        int socialInsuranceDays() default 15;

        @AttributeDefinition(description = "惠民补贴: days promised for subsidies.", min = "1", max = "90")
        int subsidyDays() default 20;

        @AttributeDefinition(description = "证明证照: days promised for certificates.", min = "1", max = "90")
        int certificateDays() default 5;

        @AttributeDefinition(description = "土地宅基地: days promised for land and homestead matters.", min = "1", max = "90")
        int landDays() default 30;

        @AttributeDefinition(description = "其他事项: days promised for other matters.", min = "1", max = "90")
        int otherDays() default 10;
    }

    /** One entry of the catalogue as REST shows it. */
    public static class Entry {
        public MatterType type;
        public String nameZh;
        public int promisedDays;
    }

    private volatile Map<MatterType, Integer> days = Map.of();

    @Activate
    public Catalogue(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        Map<MatterType, Integer> d = new EnumMap<>(MatterType.class);
        d.put(MatterType.SOCIAL_INSURANCE, atLeastOne(config.socialInsuranceDays()));
        d.put(MatterType.SUBSIDY, atLeastOne(config.subsidyDays()));
        d.put(MatterType.CERTIFICATE, atLeastOne(config.certificateDays()));
        d.put(MatterType.LAND, atLeastOne(config.landDays()));
        d.put(MatterType.OTHER, atLeastOne(config.otherDays()));
        this.days = d;
    }

    int promisedDays(MatterType type) {
        return days.get(type);
    }

    List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (MatterType t : MatterType.values()) {
            Entry e = new Entry();
            e.type = t;
            e.nameZh = t.nameZh();
            e.promisedDays = promisedDays(t);
            out.add(e);
        }
        return out;
    }

    /** ConfigAdmin does not enforce the metatype's minimum: a deadline of 0 days would make every application late. */
    private static int atLeastOne(int value) {
        return Math.max(1, value);
    }
}
