package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.Position;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Pages;
import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.MemberStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The registry's members as this module sees them: who is in the ranks of a jurisdiction, who holds
 * a post (the registry's 有职 flag, or a post current on the day in the core's cadre record), the
 * members without a post (无职党员) a training plan is for, and the township a code lies in.
 */
@Component(service = Roster.class)
public class Roster {
    private final Store store;
    private final MemberService members;
    private final CadreService cadres;

    @Activate
    public Roster(@Reference Store store, @Reference MemberService members, @Reference CadreService cadres) {
        this.store = store;
        this.members = members;
        this.cadres = cadres;
    }

    /** The member, if registered in the subtree of {@code code}; one elsewhere is reported like a missing one. */
    Member memberWithin(String code, long memberId) {
        Member m;
        try {
            m = members.get(memberId);
        } catch (NotFoundException e) {
            throw new NotFoundException("Member", memberId);
        }
        if (m.jurisdictionCode() == null || !store.within(m.jurisdictionCode(), code)) {
            throw new NotFoundException("Member", memberId);
        }
        return m;
    }

    /** Holds a post on the day: 有职 in the registry, or a position of the cadre record running that day. */
    boolean hasPost(Member m, LocalDate day) {
        return m.hasPost() || cadres.positions(m.id()).stream().anyMatch(p -> current(p, day));
    }

    private static boolean current(Position p, LocalDate day) {
        return !p.startDate().isAfter(day) && (p.endDate() == null || !p.endDate().isBefore(day));
    }

    /** Members in the ranks (full and probationary, active) of the subtree, by id. */
    List<Member> inRanks(String code) {
        List<Member> all = new ArrayList<>();
        for (MemberStage stage : List.of(MemberStage.FULL, MemberStage.PROBATIONARY)) {
            all.addAll(Pages.all("id", MemberService.SORTABLE,
                    p -> members.find(new MemberQuery(code, null, stage, null, null, MembershipStatus.ACTIVE), p)));
        }
        all.sort((a, b) -> Long.compare(a.id(), b.id()));
        return all;
    }

    /** Members in the ranks of the subtree holding no post on the day (无职党员), by id. */
    List<Member> withoutPost(String code, LocalDate day) {
        List<Member> all = new ArrayList<>();
        for (MemberStage stage : List.of(MemberStage.FULL, MemberStage.PROBATIONARY)) {
            all.addAll(Pages.all("id", MemberService.SORTABLE,
                    p -> members.find(new MemberQuery(code, null, stage, false, null, MembershipStatus.ACTIVE), p)));
        }
        all.removeIf(m -> hasPost(m, day));
        all.sort((a, b) -> Long.compare(a.id(), b.id()));
        return all;
    }

    /**
     * The members a no-post training plan is for: in the ranks of the townships and villages (the
     * seed's 农村无职党员, trained 以乡镇为单位), holding no post on the day, by id. Members of the
     * county organs (no township) are not counted.
     */
    List<Member> withoutPostInTownships(String code, LocalDate day) {
        List<Member> all = withoutPost(code, day);
        all.removeIf(m -> townshipOf(m.jurisdictionCode()) == null);
        return all;
    }

    /** The township the code lies in (itself for a township), or null above the townships (county organs). */
    String townshipOf(String code) {
        return store.townshipOf(code);
    }

    /** The townships of a county (or the township itself), by code. */
    List<Jurisdiction> townships(String code) {
        return store.jurisdictions().subtreeList(code, JurisdictionLevel.TOWNSHIP);
    }

    String name(String code) {
        return store.nameOf(code);
    }
}
