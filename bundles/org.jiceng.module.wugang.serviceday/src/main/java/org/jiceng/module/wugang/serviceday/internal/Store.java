package org.jiceng.module.wugang.serviceday.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.persistence.Transactions;
import org.jiceng.registry.JurisdictionService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's store (its unit migrated on activation, from the core's module kit), its clock and the names every service shares. */
@Component(service = Store.class)
public class Store {
    public static final String MODULE_ID = "wugang-service-day";
    /** The county whose rules these are (武冈市). */
    public static final String COUNTY = "430581";

    final ModuleStore kit;
    final JurisdictionService jurisdictions;
    /** "Today" for every rule: the system clock in production, a fixed one in tests. */
    private final Clock clock;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, BundleContext context) {
        this.kit = new ModuleStore(context.getBundle(), emf, migrator, jurisdictions);
        this.jurisdictions = jurisdictions;
        this.clock = Clock.systemDefaultZone();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Transactions tx() {
        return kit.tx();
    }

    static String caller() {
        return ModuleStore.caller();
    }

    List<String> subtreeCodes(String code) {
        return ModuleStore.nonEmpty(kit.subtreeCodes(code));
    }

    <T> T find(EntityManager em, Class<T> type, long id, String label, String scope, Function<T, String> jurisdictionOf) {
        return kit.find(em, type, id, label, scope, jurisdictionOf);
    }

}
