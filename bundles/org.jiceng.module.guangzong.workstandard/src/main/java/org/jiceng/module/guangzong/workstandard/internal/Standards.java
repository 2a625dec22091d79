package org.jiceng.module.guangzong.workstandard.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jiceng.checklist.ChecklistService;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A county's standard in the core's checklist engine. Defined on first use rather than on activation,
 * so a module that starts before the database is writable still starts; the county changes it by
 * defining the next version, and a check keeps the version it was made against.
 */
@Component(service = Standards.class)
public class Standards {
    /** Changing the standard is the county's (县委组织部) act, not a township's. */
    static final String RULE_KEPT_BY_COUNTY = "standard-kept-by-county";

    private final ChecklistService checklists;
    private final Store store;

    @Activate
    public Standards(@Reference ChecklistService checklists, @Reference Store store) {
        this.checklists = checklists;
        this.store = store;
    }

    /** The latest version of the standard of the county {@code code} lies in. */
    CriteriaSet current(String code) {
        String county = store.countyOf(code);
        try {
            return checklists.get(StandardCatalog.key(county), null);
        } catch (NotFoundException notYet) {
            return checklists.define(StandardCatalog.definition(county));
        }
    }

    CriteriaSet version(String key, int version) {
        return checklists.get(key, version);
    }

    StandardView view(String code) {
        return StandardView.of(current(code));
    }

    /** The county issues a revised standard: the next version, which the checks made from now on use. */
    StandardView revise(String code, StandardView.Input input) {
        String county = store.requireCounty(code, RULE_KEPT_BY_COUNTY, "The work standard");
        Validator v = new Validator().require("name", Store.blankToNull(input.name)).maxLength("name", input.name, 200).require("categories",
                input.categories == null || input.categories.isEmpty() ? null : input.categories).require("version", input.version);
        List<StandardCatalog.Category> categories = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        if (input.categories != null) {
            for (int i = 0; i < input.categories.size(); i++) {
                StandardView.CategoryInput c = input.categories.get(i);
                String at = "categories[" + i + "]";
                if (c == null) {
                    v.check(false, at, "is required");
                    continue;
                }
                v.require(at + ".key", Store.blankToNull(c.key)).maxLength(at + ".key", c.key, 50).require(at + ".name", Store.blankToNull(c.name))
                        .maxLength(at + ".name", c.name, 100).require(at + ".tasks", c.tasks == null || c.tasks.isEmpty() ? null : c.tasks);
                v.check(c.key == null || keys.add(c.key.trim()), at + ".key", "is used by another category");
                List<String> tasks = new ArrayList<>();
                if (c.tasks != null) {
                    for (int t = 0; t < c.tasks.size(); t++) {
                        String text = Store.blankToNull(c.tasks.get(t));
                        v.require(at + ".tasks[" + t + "]", text).maxLength(at + ".tasks[" + t + "]", text, 500);
                        tasks.add(text);
                    }
                }
                categories.add(new StandardCatalog.Category(c.key == null ? null : c.key.trim(), c.name == null ? null : c.name.trim(), tasks));
            }
        }
        v.throwIfInvalid();
        ConflictException.requireVersion("The standard of", county, current(code).version(), input.version);
        CriteriaSet defined = checklists.define(StandardCatalog.definition(county, input.name.trim(), categories));
        return StandardView.of(defined);
    }
}
