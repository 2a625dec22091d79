package org.jiceng.module.guangzong.studytraining.internal;

import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import org.jiceng.common.NotFoundException;
import org.jiceng.module.kit.AddressedRecords;
import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.MemberService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's store (its unit migrated on activation, from the core's module kit) and the names every service shares. */
@Component(service = {Store.class, AddressedRecords.class})
public class Store extends ModuleStore {
    public static final String MODULE_ID = "guangzong-study-and-training";
    /** The county whose rules these are (广宗县). */
    public static final String COUNTY = "130531";

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, @Reference MemberService members, BundleContext context) {
        super(context.getBundle(), emf, migrator, jurisdictions);
        // the records its paths address by id: the core checks them against the path's jurisdiction first
        addresses("exams", ExamEntity.class, "Exam", e -> e.jurisdictionCode);
        addresses("selections", SelectionEntity.class, "Selection", s -> s.jurisdictionCode);
        addresses("plans", PlanEntity.class, "Plan", p -> p.jurisdictionCode);
        addresses("yearly-plans", YearlyPlanEntity.class, "YearlyPlan", p -> p.jurisdictionCode);
        addresses("batches", BatchEntity.class, "Batch", b -> b.jurisdictionCode);
        // a member's training record is addressed by the registry's member id
        addresses("training-records", "Member", id -> {
            try {
                return Optional.ofNullable(members.get(id).jurisdictionCode());
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }
}
