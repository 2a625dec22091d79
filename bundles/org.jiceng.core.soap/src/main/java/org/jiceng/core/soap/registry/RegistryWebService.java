package org.jiceng.core.soap.registry;

import java.util.ArrayList;
import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.development.DevelopmentEvent;
import org.jiceng.development.DevelopmentService;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.MemberStage;
import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.PartyOrganization;
import org.jiceng.security.AccessControl;
import org.jiceng.security.CallerContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Read-only registry queries for upper-level systems (上级系统), published at
 * {@code /services/RegistryService}. Filters and paging mean the same as on REST; bad input is a
 * Client fault naming the field.
 */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/RegistryService")
@WebService(serviceName = "RegistryService", portName = "RegistryPort", name = "Registry", targetNamespace = RegistryWebService.NAMESPACE)
public class RegistryWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/registry";

    private final JurisdictionService jurisdictions;
    private final OrganizationService organizations;
    private final MemberService members;
    private final DevelopmentService development;
    private final AccessControl access;

    @Activate
    public RegistryWebService(@Reference JurisdictionService jurisdictions, @Reference OrganizationService organizations,
            @Reference MemberService members, @Reference DevelopmentService development, @Reference AccessControl access) {
        this.access = access;
        this.jurisdictions = jurisdictions;
        this.organizations = organizations;
        this.members = members;
        this.development = development;
    }

    @WebMethod
    @WebResult(name = "record")
    public MemberRecord getMemberRecord(@WebParam(name = "memberId") long memberId) {
        MemberRecord record = new MemberRecord();
        record.member = toInfo(visibleMember(memberId));
        record.events = new ArrayList<>();
        for (DevelopmentEvent e : development.history(memberId)) {
            DevelopmentEventInfo i = new DevelopmentEventInfo();
            i.id = e.id();
            i.type = e.type().name();
            i.date = e.date();
            i.decidingBody = e.decidingBody();
            i.evidence = new ArrayList<>();
            e.evidence().forEach(x -> i.evidence.add(x.name()));
            i.recordedBy = e.recordedBy();
            i.extensionMonths = e.extensionMonths();
            i.note = e.note();
            record.events.add(i);
        }
        return record;
    }

    @WebMethod
    @WebResult(name = "stage")
    public List<StageCount> getPipelineCounts(@WebParam(name = "jurisdictionCode") String jurisdictionCode) {
        access.requireVisible(jurisdictionCode);
        List<StageCount> result = new ArrayList<>();
        development.pipelineCounts(jurisdictionCode).forEach((stage, count) -> {
            StageCount c = new StageCount();
            c.stage = stage.name();
            c.count = count;
            result.add(c);
        });
        return result;
    }

    @WebMethod
    @WebResult(name = "jurisdiction")
    public JurisdictionInfo getJurisdiction(@WebParam(name = "code") String code) {
        access.requireVisible(code);
        return toInfo(jurisdictions.get(code));
    }

    @WebMethod
    @WebResult(name = "jurisdiction")
    public List<JurisdictionInfo> listChildJurisdictions(@WebParam(name = "parentCode") String parentCode) {
        access.requireVisible(parentCode);
        List<JurisdictionInfo> result = new ArrayList<>();
        jurisdictions.list(parentCode, null, PageRequest.first(PageRequest.MAX_SIZE)).items().forEach(j -> result.add(toInfo(j)));
        return result;
    }

    @WebMethod
    @WebResult(name = "organization")
    public OrganizationInfo getOrganization(@WebParam(name = "id") long id) {
        PartyOrganization o = organizations.get(id);
        if (!access.canSee(CallerContext.current(), o.jurisdictionCode())) {
            throw new NotFoundException("Organization", id);
        }
        return toInfo(o);
    }

    @WebMethod
    @WebResult(name = "organizations")
    public OrganizationPage findOrganizations(@WebParam(name = "jurisdictionCode") String jurisdictionCode,
            @WebParam(name = "field") String field, @WebParam(name = "status") String status,
            @WebParam(name = "page") Integer page, @WebParam(name = "size") Integer size) {
        OrganizationQuery q = new OrganizationQuery(access.listScope(jurisdictionCode), Params.enumOf(OrganizationField.class, "field", field),
                Params.enumOf(OrganizationStatus.class, "status", status), null, null, null, null);
        Page<PartyOrganization> result = organizations.find(q, PageRequest.of(page, size, null, OrganizationService.SORTABLE));
        OrganizationPage out = new OrganizationPage();
        out.items = new ArrayList<>();
        result.items().forEach(o -> out.items.add(toInfo(o)));
        out.page = result.page();
        out.size = result.size();
        out.total = result.total();
        return out;
    }

    @WebMethod
    @WebResult(name = "member")
    public MemberInfo getMember(@WebParam(name = "id") long id) {
        return toInfo(visibleMember(id));
    }

    /** The member, or the same 404 as for a missing one when it lies outside the caller's subtree. */
    private Member visibleMember(long id) {
        Member m = members.get(id);
        if (!access.canSee(CallerContext.current(), m.jurisdictionCode())) {
            throw new NotFoundException("Member", id);
        }
        return m;
    }

    @WebMethod
    @WebResult(name = "members")
    public MemberPage findMembers(@WebParam(name = "jurisdictionCode") String jurisdictionCode,
            @WebParam(name = "organizationId") Long organizationId, @WebParam(name = "stage") String stage,
            @WebParam(name = "page") Integer page, @WebParam(name = "size") Integer size) {
        String scope = access.listScope(jurisdictionCode);
        if (organizationId != null && !access.canSee(CallerContext.current(), organizations.get(organizationId).jurisdictionCode())) {
            throw new NotFoundException("Organization", organizationId);
        }
        MemberQuery q = new MemberQuery(scope, organizationId, Params.enumOf(MemberStage.class, "stage", stage), null, null, null);
        Page<Member> result = members.find(q, PageRequest.of(page, size, null, MemberService.SORTABLE));
        MemberPage out = new MemberPage();
        out.items = new ArrayList<>();
        result.items().forEach(m -> out.items.add(toInfo(m)));
        out.page = result.page();
        out.size = result.size();
        out.total = result.total();
        return out;
    }

    static JurisdictionInfo toInfo(Jurisdiction j) {
        JurisdictionInfo i = new JurisdictionInfo();
        i.code = j.code();
        i.name = j.name();
        i.level = j.level().name();
        i.parentCode = j.parentCode();
        i.depth = j.depth();
        return i;
    }

    static OrganizationInfo toInfo(PartyOrganization o) {
        OrganizationInfo i = new OrganizationInfo();
        i.id = o.id();
        i.name = o.name();
        i.type = o.type().name();
        i.field = o.field().name();
        i.parentId = o.parentId();
        i.jurisdictionCode = o.jurisdictionCode();
        i.termStart = o.termStart();
        i.termEnd = o.termEnd();
        i.status = o.status().name();
        i.starRating = o.starRating();
        return i;
    }

    static MemberInfo toInfo(Member m) {
        MemberInfo i = new MemberInfo();
        i.id = m.id();
        i.name = m.name();
        i.gender = m.gender().name();
        i.birthDate = m.birthDate();
        i.education = m.education() == null ? null : m.education().name();
        i.organizationId = m.organizationId();
        i.jurisdictionCode = m.jurisdictionCode();
        i.stage = m.stage().name();
        i.applicationDate = m.applicationDate();
        i.activistDate = m.activistDate();
        i.candidateDate = m.candidateDate();
        i.probationDate = m.probationDate();
        i.fullDate = m.fullDate();
        i.hasPost = m.hasPost();
        i.membershipStatus = m.membershipStatus() == null ? null : m.membershipStatus().name();
        return i;
    }
}
