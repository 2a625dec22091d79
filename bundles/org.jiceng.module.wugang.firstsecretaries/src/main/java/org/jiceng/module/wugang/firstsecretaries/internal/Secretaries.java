package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.cadre.Assignment;
import org.jiceng.cadre.AssignmentQuery;
import org.jiceng.cadre.AssignmentStatus;
import org.jiceng.cadre.CadreService;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The first secretaries themselves are the core's assignments with role {@code first-secretary}:
 * this module never copies them, it reads them here (scoped to a jurisdiction's subtree) and names
 * their person, village and township.
 */
@Component(service = Secretaries.class)
public class Secretaries {
    private final CadreService cadres;
    private final MemberService members;
    private final JurisdictionService jurisdictions;
    /** Township of a village: the tree does not change under a running module often enough to matter, and rankings ask for hundreds. */

    @Activate
    public Secretaries(@Reference CadreService cadres, @Reference MemberService members, @Reference JurisdictionService jurisdictions) {
        this.cadres = cadres;
        this.members = members;
        this.jurisdictions = jurisdictions;
    }

    /** One first secretary of the subtree; another assignment, or one elsewhere, is reported as missing. */
    Assignment get(String code, long assignmentId) {
        Assignment a;
        try {
            a = cadres.getAssignment(assignmentId);
        } catch (NotFoundException e) {
            throw new NotFoundException("First secretary", assignmentId);
        }
        if (!Store.ROLE.equals(a.role()) || !jurisdictions.isWithin(a.jurisdictionCode(), code)) {
            throw new NotFoundException("First secretary", assignmentId);
        }
        return a;
    }

    /** Every first secretary of the subtree, in id order. */
    List<Assignment> all(String code) {
        AssignmentQuery q = new AssignmentQuery(code, null, Store.ROLE, null, null, null, null, null);
        return Pages.all("id", CadreService.ASSIGNMENT_SORTABLE, page -> cadres.assignments(q, page));
    }

    /** Those sent for some of the days from {@code from} to {@code to} (planned ones are not yet sent). */
    List<Assignment> during(String code, LocalDate from, LocalDate to) {
        List<Assignment> out = new ArrayList<>();
        for (Assignment a : all(code)) {
            if (a.status() != AssignmentStatus.PLANNED && PresenceRules.overlaps(a.startDate(), a.endDate(), from, to)) {
                out.add(a);
            }
        }
        return out;
    }

    Page<SecretaryView> list(String code, LocalDate activeOn, PageRequest page) {
        AssignmentQuery q = new AssignmentQuery(code, null, Store.ROLE, null, null, null, null, activeOn);
        Page<Assignment> rows = cadres.assignments(q, page);
        Map<Long, String> names = new HashMap<>();
        List<SecretaryView> items = new ArrayList<>();
        rows.items().forEach(a -> items.add(view(a, names)));
        return new Page<>(items, rows.page(), rows.size(), rows.total());
    }

    SecretaryView view(Assignment a, Map<Long, String> names) {
        SecretaryView v = new SecretaryView();
        v.assignmentId = a.id();
        v.memberId = a.memberId();
        v.memberName = name(a.memberId(), names);
        v.jurisdictionCode = a.jurisdictionCode();
        v.villageName = jurisdictions.find(a.jurisdictionCode()).map(Jurisdiction::name).orElse(null);
        v.township = township(a.jurisdictionCode());
        v.startDate = a.startDate();
        v.endDate = a.endDate();
        v.status = a.status() == null ? null : a.status().name();
        v.dispatchingBody = a.dispatchingBody();
        v.assignmentVersion = a.version() == null ? 0 : a.version();
        return v;
    }

    /** The member's name, remembered in {@code names} for the rest of one request. */
    String name(long memberId, Map<Long, String> names) {
        return names.computeIfAbsent(memberId, id -> members.get(id).name());
    }

    /** The township above a village: the group a secretary is ranked in; a place above townships is its own group. */
    String township(String code) {
        return jurisdictions.ancestorAt(code, JurisdictionLevel.TOWNSHIP).map(Jurisdiction::code).orElse(code);
    }

    boolean within(String code, String scope) {
        return jurisdictions.isWithin(code, scope);
    }

    /** The county a jurisdiction lies in (the code itself for a county): rankings are the county's. */
    String countyOf(String code) {
        return jurisdictions.ancestorAt(code, JurisdictionLevel.COUNTY).map(Jurisdiction::code).orElse(code);
    }
}
