package org.jiceng.module.xingning.reservecadres.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.registry.Jurisdiction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The figures the city reports (seed: 121 reserves under focused training), counted from the
 * records: villages complete or not for their current term, reserves in training per role, focused,
 * used and dropped — for the scope and per town.
 */
@Component(service = FiguresService.class)
public class FiguresService {
    private final Store store;
    private final Villages villages;

    @Activate
    public FiguresService(@Reference Store store, @Reference Villages villages) {
        this.store = store;
        this.villages = villages;
    }

    Figures figures(String code) {
        Jurisdiction scope = store.jurisdictions().get(code);
        Map<String, Figures> towns = new LinkedHashMap<>();
        Figures total = blank(scope.code(), scope.name());
        for (VillageSlots s : villages.slots(code)) {
            Figures town = towns.computeIfAbsent(s.townCode, t -> blank(t, s.townName));
            for (Figures f : List.of(total, town)) {
                f.villages++;
                if (s.complete) {
                    f.complete++;
                } else {
                    f.incomplete++;
                }
            }
        }
        store.tx().snapshot(em -> {
            List<String> codes = store.subtreeCodes(code);
            for (int i = 0; i < codes.size(); i += 500) {
                List<Object[]> rows = em.createQuery("SELECT r.townCode, r.role, r.status, r.focused, COUNT(r) FROM ReserveEntity r "
                        + "WHERE r.jurisdictionCode IN :codes GROUP BY r.townCode, r.role, r.status, r.focused", Object[].class)
                        .setParameter("codes", codes.subList(i, Math.min(codes.size(), i + 500))).getResultList();
                for (Object[] row : rows) {
                    Figures town = towns.computeIfAbsent((String) row[0], t -> blank(t, t));
                    for (Figures f : List.of(total, town)) {
                        count(f, (ReserveRole) row[1], (ReserveStatus) row[2], Boolean.TRUE.equals(row[3]), ((Number) row[4]).intValue());
                    }
                }
            }
            return null;
        });
        if (towns.size() > 1 || !towns.containsKey(code)) {
            total.towns.addAll(towns.values());
        }
        return total;
    }

    private static void count(Figures f, ReserveRole role, ReserveStatus status, boolean focused, int n) {
        switch (status) {
            case USED -> f.used += n;
            case DROPPED -> f.dropped += n;
            case IN_TRAINING -> {
                switch (role) {
                    case SECRETARY_RESERVE -> f.secretaryReserves += n;
                    case COMMITTEE_RESERVE -> f.committeeReserves += n;
                    case ACTIVIST -> f.activists += n;
                }
                if (focused) {
                    f.focused += n;
                }
            }
        }
    }

    private static Figures blank(String code, String name) {
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.name = name;
        return f;
    }
}
