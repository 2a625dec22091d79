package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.cadre.Assignment;
import org.jiceng.cadre.AssignmentQuery;
import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.Position;
import org.jiceng.common.Pages;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who counts as a cadre of a village, read from the core: a post in the village (村干部, the core's
 * positions) or an active assignment to it (驻村干部, the core's assignments — the first secretary among
 * them). The module keeps no roster of its own, so a cadre who leaves the post stops qualifying.
 */
@Component(service = VillageCadres.class)
public class VillageCadres {
    private final CadreService cadres;
    private final MemberService members;

    @Activate
    public VillageCadres(@Reference CadreService cadres, @Reference MemberService members) {
        this.cadres = cadres;
        this.members = members;
    }

    /** A cadre as the rules see one: the member's name and posts and assignments current on the day. */
    record Cadre(long memberId, String name, List<Position> positions, List<Assignment> assignments) {
    }

    /** The member (404 when unknown) with the posts and assignments the rules look at. */
    Cadre read(long memberId, LocalDate on) {
        String name = members.get(memberId).name();
        List<Position> positions = cadres.positions(memberId);
        AssignmentQuery q = new AssignmentQuery(null, memberId, null, null, null, null, null, on);
        List<Assignment> assignments = Pages.all("id", CadreService.ASSIGNMENT_SORTABLE, page -> cadres.assignments(q, page));
        return new Cadre(memberId, name, positions, assignments);
    }

    DutyRole requireDuty(String village, LocalDate on, Cadre c) {
        return ServiceDayRules.requireDutyCadre(village, on, c.memberId(), c.positions(), c.assignments());
    }

    DutyRole requireAgent(String village, LocalDate on, Cadre c) {
        return ServiceDayRules.requireAgent(village, on, c.memberId(), c.positions(), c.assignments());
    }
}
