package org.jiceng.module.wugang.serviceday.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;

import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void everyMatterTypeHasItsConfiguredDaysAndNeverFewerThanOne() {
        Catalogue catalogue = new Catalogue(config(15, 20, 5, 30, 10));
        assertEquals(5, catalogue.entries().size());
        assertEquals(5, catalogue.promisedDays(MatterType.CERTIFICATE));
        assertEquals(30, catalogue.promisedDays(MatterType.LAND));
        assertEquals("证明证照", catalogue.entries().get(2).nameZh);
        catalogue.modified(config(15, 20, 0, 30, -3));
        assertEquals(1, catalogue.promisedDays(MatterType.CERTIFICATE), "ConfigAdmin does not enforce the metatype's minimum");
        assertEquals(1, catalogue.promisedDays(MatterType.OTHER));
        assertEquals(20, catalogue.promisedDays(MatterType.SUBSIDY));
    }

    private static Catalogue.Config config(int socialInsurance, int subsidy, int certificate, int land, int other) {
        return new Catalogue.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return Catalogue.Config.class;
            }

            @Override
            public int socialInsuranceDays() {
                return socialInsurance;
            }

            @Override
            public int subsidyDays() {
                return subsidy;
            }

            @Override
            public int certificateDays() {
                return certificate;
            }

            @Override
            public int landDays() {
                return land;
            }

            @Override
            public int otherDays() {
                return other;
            }
        };
    }
}
