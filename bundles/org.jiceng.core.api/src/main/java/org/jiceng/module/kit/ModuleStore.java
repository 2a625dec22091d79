package org.jiceng.module.kit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongFunction;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.RuleViolationException;
import org.jiceng.module.ModuleDeclaration;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.persistence.Transactions;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.RecordReferences;
import org.jiceng.registry.RecordReferences.ReferenceCount;
import org.jiceng.security.CallerContext;
import org.jspecify.annotations.Nullable;
import org.osgi.framework.Bundle;

/**
 * A module's own data: its persistence unit, migrated under the module id when the module starts,
 * its transactions, who is calling, and the scope rule every module record follows — a record
 * outside the caller's jurisdiction subtree is reported exactly like a missing one. A module's store
 * component extends it (its constructor takes the unit's {@code EntityManagerFactory}) and adds only
 * the module's own names; everything else the module does is its vocabulary and rules.
 *
 * <p>The collections its paths address by id are declared here too ({@link #addresses}); with
 * {@link AddressedRecords} among the store component's services, the core checks each addressed
 * record against the path's jurisdiction before the module's resource runs.
 */
public class ModuleStore implements AddressedRecords {
    private final String moduleId;
    private final Transactions tx;
    private final JurisdictionService jurisdictions;
    /** By path segment: the label of the records addressed after it, and how to find one's jurisdiction. */
    private final Map<String, Addressed> addressed = new ConcurrentHashMap<>();

    private record Addressed(String label, LongFunction<Optional<String>> jurisdictionOf) {
    }

    /**
     * Migrates the module's schema (its {@code db/migration} scripts) and opens its store.
     *
     * @param module the module's bundle, declared with {@link JicengModule}
     * @throws IllegalStateException when the bundle is not a module or a migration fails
     */
    public ModuleStore(Bundle module, EntityManagerFactory unit, SchemaMigrator migrator, JurisdictionService jurisdictions) {
        this.moduleId = moduleIdOf(module);
        migrator.migrate(module, moduleId);
        this.tx = new Transactions(unit);
        this.jurisdictions = jurisdictions;
    }

    /** The module id a bundle declares; fails when it declares none or an invalid one. */
    public static String moduleIdOf(Bundle bundle) {
        return ModuleDeclaration.of(bundle).map(ModuleDeclaration::id).orElseThrow(() -> new IllegalStateException("Bundle "
                + bundle.getSymbolicName() + " declares no valid module id; annotate a package of the module with @JicengModule"));
    }

    public String moduleId() {
        return moduleId;
    }

    public Transactions tx() {
        return tx;
    }

    public JurisdictionService jurisdictions() {
        return jurisdictions;
    }

    /** Who is acting: the account the core authenticated for this request, job or shell command. */
    public static String caller() {
        return CallerContext.current().username();
    }

    /**
     * Codes of the jurisdiction's subtree, the root included (404 for an unknown code): what module
     * records are filtered by. Never empty, so it can be bound to an IN list as it is.
     */
    public List<String> subtreeCodes(String code) {
        return jurisdictions.subtreeCodes(code);
    }

    /**
     * The county (区、县) {@code code} lies in, or the county itself: whose rules and plans apply
     * there when a module keeps them per county (a catalogue, an indicator system, an appraisal
     * year). Above the counties (a city, a province) the code itself, which keeps no county's
     * rules; 404 for an unknown code.
     */
    public String countyOf(String code) {
        return jurisdictions.ancestorAt(code, JurisdictionLevel.COUNTY).map(Jurisdiction::code).orElse(code);
    }

    /**
     * The township (乡镇、街道) {@code code} lies in, or the township itself: what a module's figures group villages and
     * branches by. Null at or above the counties (a county's own offices lie in no township); 404 for an unknown code.
     *
     * @since 1.4
     */
    public @Nullable String townshipOf(String code) {
        return jurisdictions.ancestorAt(code, JurisdictionLevel.TOWNSHIP).map(Jurisdiction::code).orElse(null);
    }

    /**
     * The jurisdiction's name as it is now, the code itself when there is no such jurisdiction, null for null: what a
     * module labels its figures, ledgers and exports with. Kept by the core and dropped at every change of the tree,
     * so a module keeps no copy of its own that a rename would not reach.
     *
     * @since 1.4
     */
    public @Nullable String nameOf(@Nullable String code) {
        return code == null ? null : jurisdictions.nameOf(code);
    }

    /**
     * {@code code} itself when it is a county, for what a module keeps per county (its catalogue,
     * indicator system, appraisal years, meeting plan): written at the county, read below it.
     * Elsewhere a 422 naming the module's {@code rule}.
     *
     * @param what what is kept, as the start of the refusal ("The meeting chain")
     */
    public String requireCounty(String code, String rule, String what) {
        if (jurisdictions.get(code).level() != JurisdictionLevel.COUNTY) {
            throw new RuleViolationException(rule, what + " is the county's: change it at the county, not at " + code);
        }
        return code;
    }

    /** True when a record of {@code recordCode} lies in the subtree of {@code scope}. */
    public boolean within(String recordCode, String scope) {
        return jurisdictions.isWithin(recordCode, scope);
    }

    /**
     * A module record by id, if it lies in the subtree of {@code scope}; one elsewhere is reported
     * exactly like a missing one ({@code label} names it in the 404).
     *
     * @param jurisdictionOf the record's jurisdiction code
     */
    public <T> T find(EntityManager em, Class<T> type, long id, String label, String scope, Function<T, String> jurisdictionOf) {
        T record = em.find(type, id);
        if (record == null || !within(jurisdictionOf.apply(record), scope)) {
            throw new NotFoundException(label, id);
        }
        return record;
    }

    /**
     * Declares that the module's paths address records of {@code type} by id after the segment
     * {@code collection} ({@code targets} in {@code …/targets/{id}/rating}, wherever it occurs in
     * the path); call it from the store's constructor, once per collection.
     *
     * @param label names the record in the 404, as {@link #find} does
     * @param jurisdictionOf the record's jurisdiction code
     */
    public final <T> void addresses(String collection, Class<T> type, String label, Function<T, String> jurisdictionOf) {
        addresses(collection, label, id -> tx.read(em -> Optional.ofNullable(em.find(type, id)).map(jurisdictionOf)));
    }

    /**
     * Declares a collection whose records are not the module's own entities (a core record the
     * module's paths address, say): {@code jurisdictionOf} answers a record's jurisdiction code,
     * or empty when there is no such record.
     */
    public final void addresses(String collection, String label, LongFunction<Optional<String>> jurisdictionOf) {
        if (addressed.putIfAbsent(collection, new Addressed(label, jurisdictionOf)) != null) {
            throw new IllegalStateException("Module " + moduleId + " declares the collection '" + collection + "' twice");
        }
    }

    @Override
    public void checkAddressed(String collection, long id, String scope) {
        Addressed a = addressed.get(collection);
        if (a != null && a.jurisdictionOf().apply(id).filter(code -> within(code, scope)).isEmpty()) {
            throw new NotFoundException(a.label(), id);
        }
    }

    /**
     * Counts the module's records that refer to a registry member or organization, for the module's
     * {@link RecordReferences} (the registry asks it before deleting one).
     *
     * @param countQueries JPQL counts with the parameter {@code :id}, each keyed by what its records
     *        are ({@code "delegate(s)"}), in the order the refusal names them
     * @return the counts that are not 0
     */
    public List<ReferenceCount> countReferences(long id, Map<String, String> countQueries) {
        return tx.read(em -> RecordReferences.nonZero(countQueries.entrySet().stream()
                .map(q -> new ReferenceCount(q.getValue(), em.createQuery(q.getKey(), Long.class).setParameter("id", id).getSingleResult()))
                .toArray(ReferenceCount[]::new)));
    }

    /** An IN list that matches nothing when there is nothing to match (an empty IN list is not valid SQL everywhere). */
    public static List<String> nonEmpty(List<String> codes) {
        return codes.isEmpty() ? List.of("") : codes;
    }
}
