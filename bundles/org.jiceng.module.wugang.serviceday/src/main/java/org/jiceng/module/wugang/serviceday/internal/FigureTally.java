package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Adds service days and applications up per village, per township and in total; free of persistence so it is tested alone. */
final class FigureTally {
    private final FigureRow total;
    private final Map<String, FigureRow> townships = new TreeMap<>();
    private final Map<String, FigureRow> villages = new TreeMap<>();
    private final Function<String, String> names;

    /** @param names the name of a jurisdiction code */
    FigureTally(String scope, Function<String, String> names) {
        this.names = names;
        this.total = new FigureRow(scope, names.apply(scope));
    }

    void serviceDay(String village, String township) {
        total.serviceDays++;
        row(townships, township).serviceDays++;
        row(villages, village).serviceDays++;
    }

    void application(ApplicationView a) {
        total.add(a);
        row(townships, a.townshipCode).add(a);
        row(villages, a.villageCode).add(a);
    }

    Figures figures(String scope, LocalDate from, LocalDate to, LocalDate asOf) {
        Figures f = new Figures();
        f.jurisdictionCode = scope;
        f.from = from;
        f.to = to;
        f.asOf = asOf;
        f.total = total.finish();
        f.townships = finish(townships);
        f.villages = finish(villages);
        return f;
    }

    private FigureRow row(Map<String, FigureRow> rows, String code) {
        return rows.computeIfAbsent(code, c -> new FigureRow(c, names.apply(c)));
    }

    private static List<FigureRow> finish(Map<String, FigureRow> rows) {
        List<FigureRow> out = new ArrayList<>();
        rows.values().forEach(r -> out.add(r.finish()));
        return out;
    }
}
