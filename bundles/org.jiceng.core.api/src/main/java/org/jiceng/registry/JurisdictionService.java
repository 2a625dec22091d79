package org.jiceng.registry;

import java.util.List;
import java.util.Optional;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/** The jurisdiction tree: lookups, tree queries and edits. */
@ProviderType
public interface JurisdictionService {

    /** Fields {@link #list} can sort on. */
    java.util.Set<String> SORTABLE = java.util.Set.of("code", "name", "level", "depth");

    Optional<Jurisdiction> find(String code);

    /** @throws org.jiceng.common.NotFoundException when there is no such code */
    Jurisdiction get(String code);

    /** Roots when {@code parentCode} is null, otherwise the direct children; optionally one level only. */
    Page<Jurisdiction> list(@Nullable String parentCode, @Nullable JurisdictionLevel level, PageRequest page);

    /** The chain from the root down to the jurisdiction itself (inclusive). */
    List<Jurisdiction> ancestors(String code);

    /**
     * The jurisdiction at {@code level} on the chain from the root down to {@code code}: the code's township, county or
     * city, itself when it is at that level, empty when it lies above that level. What figures group by (a village's
     * township) and what rules compare (two townships' counties). Answered from the tree the service keeps, so asking it
     * for every village of a county costs no query after the first.
     *
     * @throws org.jiceng.common.NotFoundException when there is no such code
     * @since 2.4
     */
    default Optional<Jurisdiction> ancestorAt(String code, JurisdictionLevel level) {
        for (Jurisdiction j : ancestors(code)) {
            if (j.level() == level) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }

    /**
     * The jurisdiction's name as it is now, or the code itself when there is no such jurisdiction (a record
     * that names a division since removed): for labelling rows of figures, ledgers and exports. Answered from
     * the tree the service keeps; a rename shows at once, on every node.
     *
     * @since 2.4
     */
    default String nameOf(String code) {
        return find(code).map(Jurisdiction::name).orElse(code);
    }

    /** The jurisdiction and everything below it, optionally one level only. */
    Page<Jurisdiction> subtree(String code, @Nullable JurisdictionLevel level, PageRequest page);

    /**
     * Jurisdictions whose name or code contains {@code text} (ignoring case), in the subtree of
     * {@code withinCode} or everywhere when it is null.
     *
     * @throws org.jiceng.common.ValidationException ({@code q}) when {@code text} is blank
     */
    Page<Jurisdiction> search(@Nullable String withinCode, String text, PageRequest page);

    /**
     * Codes of the jurisdiction and of everything below it, sorted; what a module filters its own
     * records by ({@code town_code IN :codes}).
     *
     * @throws org.jiceng.common.NotFoundException when there is no such code
     */
    List<String> subtreeCodes(String code);

    /**
     * The whole subtree as one list sorted by code, optionally one level only (e.g. the villages of
     * a county); for work over every jurisdiction of a county, where a page would not do.
     *
     * @throws org.jiceng.common.NotFoundException when there is no such code
     */
    default List<Jurisdiction> subtreeList(String code, @Nullable JurisdictionLevel level) {
        return org.jiceng.common.Pages.all("code", SORTABLE, page -> subtree(code, level, page));
    }

    /** True when {@code code} is {@code ancestorCode} or lies below it. */
    boolean isWithin(String code, String ancestorCode);

    /**
     * The figures of the jurisdiction's subtree (organizations, weak and backward ones, members, the
     * development pipeline) and of each jurisdiction directly below it.
     *
     * @throws org.jiceng.common.NotFoundException when there is no such jurisdiction
     * @since 2.2
     */
    JurisdictionOverview overview(String code);

    Jurisdiction create(Jurisdiction jurisdiction);

    /** Renames or re-levels a jurisdiction; the code and parent are fixed once created. */
    Jurisdiction update(String code, Jurisdiction jurisdiction);

    /**
     * @throws org.jiceng.common.ConflictException while children, organizations or module enablements refer to it
     *         (counted and named), or any other record does (an account, an engine's record: the table is named)
     */
    void delete(String code);

    long count();
}
