package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.LockModeType;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Each delegate's contacts (进百室走千村入万家): one village or community, and ten households of it
 * kept in touch with. The households hold only what a visit needs, and lists mask their phones.
 */
@Component(service = Contacts.class)
public class Contacts {
    static final Set<String> SORTABLE = Set.of("id", "headName");

    public record Household(String headName, String address, String phone) {
    }

    /** The village and the (exactly ten) households; the households replace any given before. */
    public record Links(String villageCode, List<Household> households, LocalDate linkedOn, Long version) {
    }

    private final Store store;
    private final Delegates delegates;

    @Activate
    public Contacts(@Reference Store store, @Reference Delegates delegates) {
        this.store = store;
        this.delegates = delegates;
    }

    DelegateView link(String code, long id, Links in, LocalDate today) {
        Validator v = new Validator().require("villageCode", in.villageCode()).require("households", in.households()).require("version",
                in.version()).check(in.linkedOn() == null || !in.linkedOn().isAfter(today), "linkedOn", "must not be in the future");
        for (int i = 0; in.households() != null && i < in.households().size(); i++) {
            Household h = in.households().get(i);
            String at = "households[" + i + "].";
            v.require(at + "headName", h == null ? null : h.headName()).require(at + "address", h == null ? null : h.address());
            if (h != null) {
                v.maxLength(at + "headName", h.headName(), 100).maxLength(at + "address", h.address(), 300).check(h.phone() == null
                        || h.phone().isBlank() || h.phone().matches("1\\d{10}"), at + "phone", "must be an 11-digit mobile number");
            }
        }
        v.throwIfInvalid();
        LocalDate on = in.linkedOn() == null ? today : in.linkedOn();
        Jurisdiction village = village(code, in.villageCode());
        return store.tx().write(em -> {
            DelegateEntity d = delegates.serving(em, code, id, on);
            ConflictException.requireVersion("Delegate", id, d.version, in.version());
            DelegateRules.checkOneVillage(id, d.villageCode, village.code());
            if (!store.within(village.code(), d.jurisdictionCode)) {
                throw new RuleViolationException(DelegateRules.VILLAGE_OUTSIDE_STUDIO, "Village " + village.code() + " lies outside "
                        + d.jurisdictionCode + ", where delegate " + id + "'s studio works");
            }
            DelegateRules.checkTenHouseholds(in.households().size());
            if (d.villageCode == null) {
                d.villageCode = village.code();
                d.villageLinkedOn = on;
            }
            Delegates.householdsOf(em, id).forEach(em::remove);
            for (Household h : in.households()) {
                HouseholdEntity e = new HouseholdEntity();
                e.delegateId = id;
                e.headName = h.headName().trim();
                e.address = h.address().trim();
                e.phone = h.phone() == null || h.phone().isBlank() ? null : h.phone();
                e.linkedOn = on;
                em.persist(e);
            }
            // The delegate's version moves with their households, so two clerks editing them meet a 409.
            em.lock(d, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return Views.of(d, in.households().size());
        });
    }

    /** The delegate's households as a list: phones masked. */
    Page<HouseholdView> households(String code, long id, PageRequest page) {
        List<HouseholdView> all = store.tx().read(em -> {
            delegates.load(em, code, id);
            return Delegates.householdsOf(em, id).stream().map(h -> Views.of(h, true)).toList();
        });
        return Pages.ofList(all, page, Map.of("id", Comparator.comparing((HouseholdView h) -> h.id),
                "headName", Comparator.comparing((HouseholdView h) -> h.headName)), "id");
    }

    /** A village (or community) of the subtree: another level is a 400, one outside a 404. */
    private Jurisdiction village(String code, String villageCode) {
        Jurisdiction j = store.jurisdictions().find(villageCode).orElseThrow(() -> new NotFoundException("Jurisdiction", villageCode));
        if (!store.within(j.code(), code)) {
            throw new NotFoundException("Jurisdiction " + villageCode + " not found in jurisdiction '" + code + "'");
        }
        if (j.level() != JurisdictionLevel.VILLAGE) {
            throw new ValidationException("villageCode", villageCode + " is not a village or community");
        }
        return j;
    }
}
