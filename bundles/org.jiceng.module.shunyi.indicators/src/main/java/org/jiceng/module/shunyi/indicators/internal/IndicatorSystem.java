package org.jiceng.module.shunyi.indicators.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A county's indicator system: its indicators, each under an aspect and a domain, numbered as the county numbers them. */
@Component(service = IndicatorSystem.class)
public class IndicatorSystem {
    static final String RULE_NOT_IN_SYSTEM = "indicator-not-in-system";

    private final Store store;

    @Activate
    public IndicatorSystem(@Reference Store store) {
        this.store = store;
    }

    /** Body of POST /indicators. */
    public static class NewIndicator {
        public String code;
        public String name;
        public Aspect aspect;
        public PartyDomain domain;
    }

    /** The indicators of the county {@code code} lies in, by code. */
    public List<IndicatorView> list(String code) {
        String county = store.countyOf(code);
        return store.tx().read(em -> all(em, county).stream().map(IndicatorEntity::toView).toList());
    }

    public IndicatorView add(String code, NewIndicator in) {
        new Validator().require("code", in.code).maxLength("code", in.code, 8).require("name", in.name).maxLength("name", in.name, 100)
                .require("aspect", in.aspect).require("domain", in.domain).throwIfInvalid();
        String county = store.countyWriting(code);
        return store.tx().write(em -> {
            if (find(em, county, in.code.trim()) != null) {
                throw new RuleViolationException(IndicatorRules.RULE_INDICATOR_CODE_TAKEN,
                        "The indicator system of " + county + " has " + in.code.trim()
                                + " already");
            }
            IndicatorEntity i = new IndicatorEntity();
            i.countyCode = county;
            i.code = in.code.trim();
            i.name = in.name.trim();
            i.aspect = in.aspect;
            i.domain = in.domain;
            em.persist(i);
            return i;
        }).toView();
    }

    /** The county's indicator of this code; 422 indicator-not-in-system when it has none. */
    IndicatorEntity require(EntityManager em, String county, String indicatorCode) {
        IndicatorEntity i = find(em, county, indicatorCode.trim());
        if (i == null) {
            throw new RuleViolationException(RULE_NOT_IN_SYSTEM, "Indicator " + indicatorCode.trim() + " is not in the indicator system of " + county
                    + ": tasks and projects serve the county's indicators");
        }
        return i;
    }

    /** The county's indicators by id. */
    Map<Long, IndicatorEntity> byId(EntityManager em, String county) {
        Map<Long, IndicatorEntity> out = new HashMap<>();
        for (IndicatorEntity i : all(em, county)) {
            out.put(i.id, i);
        }
        return out;
    }

    static List<IndicatorEntity> all(EntityManager em, String county) {
        return em.createQuery("SELECT i FROM IndicatorEntity i WHERE i.countyCode = :c ORDER BY i.code", IndicatorEntity.class)
                .setParameter("c", county)
                .getResultList();
    }

    private static IndicatorEntity find(EntityManager em, String county, String code) {
        return em.createQuery("SELECT i FROM IndicatorEntity i WHERE i.countyCode = :c AND i.code = :code", IndicatorEntity.class)
                .setParameter("c", county).setParameter("code", code).getResultList().stream().findFirst().orElse(null);
    }
}
