package org.jiceng.module.shunyi.meetings.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;

import org.jiceng.common.Pages;
import org.jiceng.common.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The figures of a year, computed from the meetings and the engine's instances as they are. */
@Component(service = MeetingFigures.class)
public class MeetingFigures {
    private final Store store;
    private final Meetings meetings;
    private final Matters matters;

    @Activate
    public MeetingFigures(@Reference Store store, @Reference Meetings meetings, @Reference Matters matters) {
        this.store = store;
        this.meetings = meetings;
        this.matters = matters;
    }

    /** The year asked for, else this year. */
    int year(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new ValidationException("year", "must be between 2000 and 2100");
        }
        return year != null ? year : store.today().getYear();
    }

    public Figures figures(String code, Integer askedYear) {
        int year = year(askedYear);
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.year = year;
        f.asOf = store.today();
        Map<MeetingKind, Figures.KindRow> kinds = new EnumMap<>(MeetingKind.class);
        for (MeetingKind k : MeetingKind.values()) {
            Figures.KindRow row = new Figures.KindRow();
            row.kind = k;
            row.kindZh = k.zh();
            kinds.put(k, row);
        }
        Pages.each("id", Meetings.SORTABLE, page -> meetings.list(code, year, null, null, page), m -> {
            f.meetingsPlanned++;
            kinds.get(m.kind).planned++;
            if (m.state == MeetingState.HELD) {
                f.meetingsHeld++;
                kinds.get(m.kind).held++;
            }
        });
        Pages.each("id", Matters.SORTABLE, page -> matters.list(code, year, page), m -> {
            f.matters++;
            f.mattersRoundsComplete += "COMPLETED".equals(m.roundsStatus) ? 1 : 0;
            f.mattersDecided += m.decided ? 1 : 0;
            f.mattersCompleted += "COMPLETED".equals(m.chainStatus) ? 1 : 0;
            m.chain.stream().filter(s -> "DONE".equals(s.state())).forEach(s -> kinds.get(MeetingKind.ofStep(s.key())).mattersPassed++);
        });
        f.meetings = new ArrayList<>(kinds.values());
        return f;
    }
}
