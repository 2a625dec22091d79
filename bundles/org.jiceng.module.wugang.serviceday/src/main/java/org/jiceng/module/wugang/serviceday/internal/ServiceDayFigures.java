package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jiceng.common.Validator;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The figures the county reports: service days held, applications, handled on time, overdue, satisfaction rate, per village and township. */
@Component(service = ServiceDayFigures.class)
public class ServiceDayFigures {
    private final Store store;
    private final Applications applications;
    private final JurisdictionService jurisdictions;

    @Activate
    public ServiceDayFigures(@Reference Store store, @Reference Applications applications, @Reference JurisdictionService jurisdictions) {
        this.store = store;
        this.applications = applications;
        this.jurisdictions = jurisdictions;
    }

    /** Figures of the subtree for the service days held from {@code from} (default: 1 January) to {@code to} (default: today). */
    public Figures figures(String code, LocalDate from, LocalDate to) {
        LocalDate today = store.today();
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        new Validator().check(!end.isBefore(start), "to", "must not be before from").throwIfInvalid();
        jurisdictions.get(code);
        Map<String, String> names = new HashMap<>();
        FigureTally tally = new FigureTally(code, c -> names.computeIfAbsent(c, x -> jurisdictions.nameOf(x)));
        java.util.List<String> codes = store.subtreeCodes(code);
        store.tx().snapshot(em -> {
            em.createQuery("SELECT s.villageCode, s.townshipCode FROM SessionEntity s WHERE s.villageCode IN :codes AND s.heldOn >= :from"
                    + " AND s.heldOn <= :to", Object[].class).setParameter("codes", codes).setParameter("from", start).setParameter("to", end)
                    .getResultList().forEach(r -> tally.serviceDay((String) r[0], (String) r[1]));
            return null;
        });
        applications.receivedIn(code, start, end).forEach(tally::application);
        return tally.figures(code, start, end, today);
    }
}
