package org.jiceng.module.shunyi.twonew.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jiceng.registry.Jurisdiction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The figures the district reports, computed from the open ledger sheets and the talent database as they are. */
@Component(service = CoverageFigures.class)
public class CoverageFigures {
    private final Store store;
    private final Sheets sheets;
    private final Talents talents;

    @Activate
    public CoverageFigures(@Reference Store store, @Reference Sheets sheets, @Reference Talents talents) {
        this.store = store;
        this.sheets = sheets;
        this.talents = talents;
    }

    public Figures figures(String code) {
        Jurisdiction scope = store.jurisdictions().get(code);
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.asOf = store.today();
        Map<String, CoverageRow> townships = new TreeMap<>();
        f.enterprises = tally(code, scope.name(), UnitKind.ENTERPRISE, townships);
        f.socialOrganizations = tally(code, scope.name(), UnitKind.SOCIAL_ORGANIZATION, townships);
        f.townships = new ArrayList<>();
        townships.values().forEach(r -> f.townships.add(r.done()));
        f.talents = talents.figures(code);
        return f;
    }

    /** One kind's total, adding its rows per township (keyed township code and kind, so enterprises come first). */
    private CoverageRow tally(String code, String name, UnitKind kind, Map<String, CoverageRow> townships) {
        CoverageRow total = new CoverageRow(code, name, kind);
        List<SheetView> open = sheets.open(code, kind);
        for (SheetView s : open) {
            total.add(s);
            townships.computeIfAbsent(s.townshipCode + "/" + kind.ordinal(), k -> new CoverageRow(s.townshipCode, townshipName(s.townshipCode), kind))
                    .add(s);
        }
        return total.done();
    }

    private String townshipName(String code) {
        return store.nameOf(code);
    }
}
