package org.jiceng.module.shunyi.accountability.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A county's catalogue of behaviours of failing Party-building duty: classes and their behaviours, as its rules number them. */
@Component(service = Catalogue.class)
public class Catalogue {
    private final Store store;

    @Activate
    public Catalogue(@Reference Store store) {
        this.store = store;
    }

    /** Body of POST /catalogue/classes. */
    public static class NewClass {
        public String code;
        public String name;
    }

    /** Body of POST /catalogue/behaviours. */
    public static class NewBehaviour {
        public String classCode;
        public String code;
        public String description;
    }

    /** The catalogue of the county {@code code} lies in, classes and behaviours in their order. */
    public List<CatalogueClassView> read(String code) {
        String county = county(code);
        return store.tx().read(em -> {
            Map<Long, CatalogueClassView> classes = new LinkedHashMap<>();
            for (CatalogueClassEntity c : em.createQuery("SELECT c FROM CatalogueClassEntity c WHERE c.countyCode = :c ORDER BY c.code",
                    CatalogueClassEntity.class).setParameter("c", county).getResultList()) {
                CatalogueClassView v = new CatalogueClassView();
                v.id = c.id;
                v.code = c.code;
                v.name = c.name;
                v.behaviours = new ArrayList<>();
                classes.put(c.id, v);
            }
            for (BehaviourEntity b : em.createQuery("SELECT b FROM BehaviourEntity b WHERE b.countyCode = :c ORDER BY b.code", BehaviourEntity.class)
                    .setParameter("c", county).getResultList()) {
                CatalogueClassView c = classes.get(b.classId);
                c.behaviours.add(view(b, c.code, c.name));
            }
            return new ArrayList<>(classes.values());
        });
    }

    public CatalogueClassView addClass(String code, NewClass in) {
        new Validator().require("code", in.code).maxLength("code", in.code, 8).require("name", in.name).maxLength("name", in.name, 200)
                .throwIfInvalid();
        String county = countyWriting(code);
        return store.tx().write(em -> {
            requireFree(em, "CatalogueClassEntity", county, in.code.trim());
            CatalogueClassEntity c = new CatalogueClassEntity();
            c.countyCode = county;
            c.code = in.code.trim();
            c.name = in.name.trim();
            em.persist(c);
            CatalogueClassView v = new CatalogueClassView();
            v.code = c.code;
            v.name = c.name;
            v.behaviours = List.of();
            em.flush();
            v.id = c.id;
            return v;
        });
    }

    public BehaviourView addBehaviour(String code, NewBehaviour in) {
        new Validator().require("classCode", in.classCode).require("code", in.code).maxLength("code", in.code, 12)
                .require("description", in.description).maxLength("description", in.description, 500).throwIfInvalid();
        String county = countyWriting(code);
        AccountabilityRules.requireBehaviourOfClass(in.classCode.trim(), in.code.trim());
        return store.tx().write(em -> {
            CatalogueClassEntity c = em.createQuery("SELECT c FROM CatalogueClassEntity c WHERE c.countyCode = :county AND c.code = :code",
                    CatalogueClassEntity.class).setParameter("county", county).setParameter("code", in.classCode.trim()).getResultList().stream()
                    .findFirst().orElseThrow(() -> new NotFoundException("Catalogue class", in.classCode.trim()));
            requireFree(em, "BehaviourEntity", county, in.code.trim());
            BehaviourEntity b = new BehaviourEntity();
            b.classId = c.id;
            b.countyCode = county;
            b.code = in.code.trim();
            b.description = in.description.trim();
            em.persist(b);
            em.flush();
            return view(b, c.code, c.name);
        });
    }

    /** The behaviour of this code in the catalogue of {@code code}'s county; 422 when the catalogue has none. */
    BehaviourView behaviour(String code, String behaviourCode) {
        String county = county(code);
        return store.tx()
                .read(em -> em.createQuery("SELECT b FROM BehaviourEntity b WHERE b.countyCode = :c AND b.code = :code", BehaviourEntity.class)
                        .setParameter("c", county).setParameter("code", behaviourCode).getResultList().stream().findFirst().map(b -> view(em, b)))
                .orElseThrow(() -> new RuleViolationException(AccountabilityRules.RULE_NOT_IN_CATALOGUE, "Behaviour " + behaviourCode
                        + " is not in the catalogue of " + county + ": a case is classified against the rules"));
    }

    /** The behaviour of this id, with its class. */
    BehaviourView behaviour(EntityManager em, long id) {
        return view(em, em.find(BehaviourEntity.class, id));
    }

    /** The county (区、县) {@code code} lies in, or the county itself. */
    String county(String code) {
        return store.countyOf(code);
    }

    private String countyWriting(String code) {
        return store.requireCounty(code, AccountabilityRules.RULE_CATALOGUE_BY_COUNTY, "The catalogue");
    }

    private static void requireFree(EntityManager em, String entity, String county, String code) {
        if (!em.createQuery("SELECT e.id FROM " + entity + " e WHERE e.countyCode = :c AND e.code = :code", Long.class).setParameter("c", county)
                .setParameter("code", code).getResultList().isEmpty()) {
            throw new RuleViolationException(AccountabilityRules.RULE_CODE_TAKEN, "The catalogue of " + county + " has " + code + " already");
        }
    }

    private static BehaviourView view(EntityManager em, BehaviourEntity b) {
        CatalogueClassEntity c = em.find(CatalogueClassEntity.class, b.classId);
        return view(b, c.code, c.name);
    }

    private static BehaviourView view(BehaviourEntity b, String classCode, String className) {
        BehaviourView v = new BehaviourView();
        v.id = b.id;
        v.code = b.code;
        v.description = b.description;
        v.classCode = classCode;
        v.className = className;
        return v;
    }
}
