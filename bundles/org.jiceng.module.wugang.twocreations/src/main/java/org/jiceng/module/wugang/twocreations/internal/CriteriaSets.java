package org.jiceng.module.wugang.twocreations.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jiceng.checklist.ChecklistService;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The two criteria sets in the core's checklist engine. They are defined on first use rather than on
 * activation, so a module that starts before the database is writable still starts; defining an
 * unchanged set again returns the same version, so a restart or an upgrade never forks it.
 */
@Component(service = CriteriaSets.class)
public class CriteriaSets {
    private final ChecklistService checklists;
    private final Map<CreationLevel, CriteriaSet> defined = new ConcurrentHashMap<>();

    @Activate
    public CriteriaSets(@Reference ChecklistService checklists) {
        this.checklists = checklists;
    }

    /** The version of the level's set applications are evaluated against from now on. */
    CriteriaSet current(CreationLevel level) {
        return defined.computeIfAbsent(level, l -> checklists.define(CriteriaCatalog.definition(l)));
    }

    /** The version an application was made under (evaluations keep it, even after the county changes its criteria). */
    CriteriaSet version(String key, int version) {
        return checklists.get(key, version);
    }

    static List<Criterion> criteria(CriteriaSet set) {
        return set.aspects().stream().flatMap(a -> a.criteria().stream()).toList();
    }
}
