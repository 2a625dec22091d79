package org.jiceng.module.wugang.serviceday.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleRegistry;

/** {@code wugang:service-day <code> [from] [to]}: service days held, applications, on-time rate, satisfaction and overdue, as {@code …/figures} answers. */
@Command(scope = "wugang", name = "service-day", description = "Figures of the village service days (村级集中服务日) for a period")
@Service
public class ServiceDayCommand implements Action {
    @Reference
    ServiceDayFigures figures;

    @Reference
    ModuleRegistry modules;

    @Argument(index = 0, name = "code", description = "jurisdiction code, e.g. 430581", required = true)
    String code;

    @Argument(index = 1, name = "from", description = "first day, e.g. 2026-01-01 (default: 1 January)", required = false)
    String from;

    @Argument(index = 2, name = "to", description = "last day (default: today)", required = false)
    String to;

    @Override
    public Object execute() {
        modules.requireEnabled(Store.MODULE_ID, code);
        Figures f = figures.figures(code, Params.date("from", from), Params.date("to", to));
        StringBuilder out = new StringBuilder();
        out.append(String.format("集中服务日 %s %s – %s (overdue as of %s)%n", f.jurisdictionCode, f.from, f.to, f.asOf));
        out.append(String.format("%-22s %6s %6s %6s %6s %6s %8s %8s%n", "", "days", "apps", "done", "overdue", "open", "on time", "satisfied"));
        out.append(row("total", f.total));
        for (FigureRow t : f.townships) {
            out.append(row("  " + t.name, t));
        }
        System.out.print(out);
        return null;
    }

    private static String row(String name, FigureRow r) {
        return String.format("%-22s %6d %6d %6d %6d %6d %7s%% %7s%%%n", name, r.serviceDays, r.applications, r.done, r.overdue, r.open,
                r.onTimePercent,
                r.satisfactionPercent);
    }
}
