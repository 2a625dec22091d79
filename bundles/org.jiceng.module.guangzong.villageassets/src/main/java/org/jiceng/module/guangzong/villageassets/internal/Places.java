package org.jiceng.module.guangzong.villageassets.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Where a village lies in the tree: its township (what figures are grouped by) and its name.
 * Remembered, because figures ask for every venue and fund of a county and the tree does not change
 * under a running module often enough to matter.
 */
@Component(service = Places.class)
public class Places {
    private final JurisdictionService jurisdictions;
    private final Map<String, Optional<String>> townships = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> counties = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, JurisdictionLevel> levels = new ConcurrentHashMap<>();

    @Activate
    public Places(@Reference JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** The township the code lies in (itself for a township), or null above the townships. */
    String townshipOf(String code) {
        return townships.computeIfAbsent(code, c -> ancestorAt(c, JurisdictionLevel.TOWNSHIP)).orElse(null);
    }

    /** The county-level jurisdiction the code lies in (itself for a county), or null above the counties. */
    String countyOf(String code) {
        return counties.computeIfAbsent(code, c -> ancestorAt(c, JurisdictionLevel.COUNTY)).orElse(null);
    }

    String name(String code) {
        return code == null ? null : names.computeIfAbsent(code, c -> jurisdictions.find(c).map(Jurisdiction::name).orElse(c));
    }

    Optional<Jurisdiction> find(String code) {
        return jurisdictions.find(code);
    }

    /** The level of a known code (404 for an unknown one). */
    JurisdictionLevel level(String code) {
        return levels.computeIfAbsent(code, c -> jurisdictions.get(c).level());
    }

    boolean isCounty(String code) {
        return jurisdictions.get(code).level() == JurisdictionLevel.COUNTY;
    }

    private Optional<String> ancestorAt(String code, JurisdictionLevel level) {
        for (Jurisdiction j : jurisdictions.ancestors(code)) {
            if (j.level() == level) {
                return Optional.of(j.code());
            }
        }
        return Optional.empty();
    }
}
