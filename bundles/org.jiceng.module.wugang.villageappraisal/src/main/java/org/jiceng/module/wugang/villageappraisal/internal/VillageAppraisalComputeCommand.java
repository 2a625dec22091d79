package org.jiceng.module.wugang.villageappraisal.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleRegistry;

/**
 * {@code wugang:village-appraisal-compute <code> <year>}: computes the county's year, as
 * {@code POST …/years/{year}/compute} does, once the townships' scores are in; it writes as the
 * shell's user, and the module's rules refuse an approved year or a cadre left unscored.
 */
@Command(scope = "wugang", name = "village-appraisal-compute", description = "Computes a year's village cadre appraisal for the whole county")
@Service
public class VillageAppraisalComputeCommand implements Action {
    @Reference
    Appraisal appraisal;

    @Reference
    ModuleRegistry modules;

    @Argument(index = 0, name = "code", description = "county code, e.g. 430581", required = true)
    String code;

    @Argument(index = 1, name = "year", description = "appraisal year, e.g. 2026", required = true)
    String year;

    @Override
    public Object execute() {
        modules.requireEnabled(Store.MODULE_ID, code);
        YearView y = appraisal.compute(code, Params.year("year", year), LocalDate.now());
        System.out.printf("Appraisal %d of %s computed on %s: %s%n", y.year, y.countyCode, y.computedOn, y.state);
        return null;
    }
}
