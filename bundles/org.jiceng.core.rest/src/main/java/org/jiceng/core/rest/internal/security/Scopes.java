package org.jiceng.core.rest.internal.security;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.cadre.CadreService;
import org.jiceng.checklist.ChecklistService;
import org.jiceng.common.JicengException;
import org.jiceng.orglife.OrganizationalLifeService;
import org.jiceng.problem.ProblemService;
import org.jiceng.procedure.ProcedureService;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.OrganizationService;
import org.jiceng.scoring.ScoringService;
import org.jiceng.transfer.Transfer;
import org.jiceng.transfer.TransferService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Where a core record lives: the jurisdictions a record addressed by id belongs to, so the
 * authorization filter can refuse out-of-scope ids before any resource runs. Module records need
 * nothing here: every module path carries its jurisdiction ({@code /jurisdictions/{code}/…}).
 */
@Component(service = Scopes.class)
public class Scopes {

    /** A core path (template prefix) whose path parameter addresses a record. */
    record Addressed(String templatePrefix, String parameter, LongFunction<List<String>> jurisdictions) {
    }

    private final List<Addressed> addressed;
    private final MemberService members;
    private final OrganizationService organizations;

    @Activate
    public Scopes(@Reference MemberService members, @Reference OrganizationService organizations, @Reference ProblemService problems,
            @Reference TransferService transfers, @Reference CadreService cadres, @Reference OrganizationalLifeService life,
            @Reference ProcedureService procedures, @Reference ChecklistService checklists, @Reference ScoringService scoring) {
        this.members = members;
        this.organizations = organizations;
        LongFunction<List<String>> member = id -> List.of(members.get(id).jurisdictionCode());
        LongFunction<List<String>> organization = id -> List.of(organizations.get(id).jurisdictionCode());
        this.addressed = List.of(
                new Addressed("members/{id}", "id", member),
                new Addressed("organizations/{id}", "id", organization),
                new Addressed("problems/{id}", "id", id -> List.of(problems.get(id).jurisdictionCode())),
                // Both ends of a relation transfer act on it: the issuing and the receiving side.
                new Addressed("transfers/{id}", "id", id -> transferEnds(transfers.get(id))),
                new Addressed("assignments/{id}", "id", id -> {
                    var a = cadres.getAssignment(id);
                    return a.jurisdictionCode() != null ? List.of(a.jurisdictionCode()) : member.apply(a.memberId());
                }),
                new Addressed("cadres/positions/{id}", "id", id -> {
                    var p = cadres.position(id);
                    return p.jurisdictionCode() != null ? List.of(p.jurisdictionCode()) : member.apply(p.memberId());
                }),
                new Addressed("cadres/designations/{id}", "id", id -> member.apply(cadres.designation(id).memberId())),
                new Addressed("cadres/{memberId}", "memberId", member),
                new Addressed("organizational-life/activities/{id}", "id", id -> organization.apply(life.get(id).organizationId())),
                new Addressed("organizational-life/members/{id}", "id", member),
                new Addressed("organizational-life/organizations/{id}", "id", organization),
                new Addressed("procedures/instances/{id}", "id", id -> List.of(procedures.get(id).jurisdictionCode())),
                new Addressed("checklists/evaluations/{id}", "id", id -> List.of(checklists.getEvaluation(id).subjectJurisdictionCode())),
                // The account service decides itself (its own account, or one the caller manages).
                new Addressed("accounts/{id}", "id", id -> List.of()),
                // The webhook service decides itself: a subscription is its owner's (or an administrator's), and a delivery its subscription's.
                new Addressed("webhooks/{id}", "id", id -> List.of()),
                new Addressed("webhooks/{id}/deliveries/{deliveryId}", "deliveryId", id -> List.of()),
                new Addressed("scoring/schemes/{id}", "id", id -> {
                    String code = scoring.get(id).jurisdictionCode();
                    return code == null ? List.of() : List.of(code);
                }));
    }

    private List<String> transferEnds(Transfer t) {
        return List.of(organizations.get(t.fromOrganizationId()).jurisdictionCode(),
                organizations.get(t.toOrganizationId()).jurisdictionCode());
    }

    /** The resolver for a template, if a core path addresses a record by this parameter. */
    Optional<Addressed> addressedBy(String template, String parameter) {
        return addressed.stream()
                .filter(a -> a.parameter().equals(parameter)
                        && (template.equals(a.templatePrefix()) || template.startsWith(a.templatePrefix() + "/")))
                .findFirst();
    }

    /**
     * The jurisdictions of a record; empty for a record that belongs to no jurisdiction
     * (a scheme defined for everyone). A missing record or an id that is not a number yields
     * null, and the resource answers its own 404/400.
     */
    List<String> jurisdictionsOf(Addressed a, String value) {
        long id;
        try {
            id = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
        try {
            return a.jurisdictions().apply(id);
        } catch (JicengException e) {
            return null;
        }
    }

    String jurisdictionOfMember(long id) {
        return members.get(id).jurisdictionCode();
    }

    String jurisdictionOfOrganization(long id) {
        return organizations.get(id).jurisdictionCode();
    }
}
