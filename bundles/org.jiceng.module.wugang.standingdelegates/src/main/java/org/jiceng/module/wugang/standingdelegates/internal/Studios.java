package org.jiceng.module.wugang.standingdelegates.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The delegates' studios (党代表工作室), hosted by the county or one of its townships. */
@Component(service = Studios.class)
public class Studios {
    static final Set<String> SORTABLE = Set.of("id", "name", "jurisdictionCode");
    private static final Map<String, String> SORT = Map.of("id", "s.id", "name", "s.name", "jurisdictionCode", "s.jurisdictionCode");

    public record NewStudio(String jurisdictionCode, String name, String address) {
    }

    private final Store store;

    @Activate
    public Studios(@Reference Store store) {
        this.store = store;
    }

    StudioView create(String code, NewStudio in) {
        new Validator().require("jurisdictionCode", in.jurisdictionCode()).require("name", in.name()).maxLength("name", in.name(), 200)
                .maxLength("address", in.address(), 300).throwIfInvalid();
        Jurisdiction host = host(code, in.jurisdictionCode());
        return store.tx().write(em -> {
            if (!em.createQuery("SELECT s.id FROM StudioEntity s WHERE s.jurisdictionCode = :j AND s.name = :n", Long.class)
                    .setParameter("j", host.code()).setParameter("n", in.name().trim()).getResultList().isEmpty()) {
                throw new ConflictException("A studio named " + in.name().trim() + " exists in " + host.code());
            }
            StudioEntity s = new StudioEntity();
            s.jurisdictionCode = host.code();
            s.name = in.name().trim();
            s.address = in.address();
            s.createdBy = Store.caller();
            em.persist(s);
            em.flush();
            return Views.of(s, 0);
        });
    }

    /** A studio is hosted by a county or a township of the subtree; anything else is a 400, outside the subtree a 404. */
    private Jurisdiction host(String code, String hostCode) {
        Jurisdiction j = store.jurisdictions().find(hostCode).orElseThrow(() -> new NotFoundException("Jurisdiction", hostCode));
        if (!store.within(j.code(), code)) {
            throw new NotFoundException("Jurisdiction " + hostCode + " not found in jurisdiction '" + code + "'");
        }
        if (j.level() != JurisdictionLevel.COUNTY && j.level() != JurisdictionLevel.TOWNSHIP) {
            throw new ValidationException("jurisdictionCode", hostCode + " is neither a county nor a township");
        }
        return j;
    }

    Page<StudioView> list(String code, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<StudioEntity> rows = new QueryBuilder("StudioEntity", "s").where("s.jurisdictionCode IN :codes", "codes", codes)
                    .page(em, StudioEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(s -> Views.of(s, serving(em, s.id))).toList(), rows.page(), rows.size(),
                    rows.total());
        });
    }

    StudioView get(String code, long id) {
        return store.tx().read(em -> Views.of(load(em, code, id), serving(em, id)));
    }

    StudioEntity load(EntityManager em, String code, long id) {
        return store.find(em, StudioEntity.class, id, "Studio", code, s -> s.jurisdictionCode);
    }

    private static long serving(EntityManager em, long studioId) {
        return em.createQuery("SELECT COUNT(d) FROM DelegateEntity d WHERE d.studioId = :s AND d.status = :st", Long.class)
                .setParameter("s", studioId).setParameter("st", DelegateStatus.SERVING).getSingleResult();
    }
}
