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
            i.id = e.getId();
            i.type = e.getType().name();
            i.date = e.getDate();
            i.decidingBody = e.getDecidingBody();
            i.evidence = new ArrayList<>();
            e.getEvidence().forEach(x -> i.evidence.add(x.name()));
            i.recordedBy = e.getRecordedBy();
            i.extensionMonths = e.getExtensionMonths();
            i.note = e.getNote();
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
        jurisdictions.list(parentCode, null, PageRequest.first(PageRequest.MAX_SIZE)).getItems().forEach(j -> result.add(toInfo(j)));
        return result;
    }

    @WebMethod
    @WebResult(name = "organization")
    public OrganizationInfo getOrganization(@WebParam(name = "id") long id) {
        PartyOrganization o = organizations.get(id);
        if (!access.canSee(CallerContext.current(), o.getJurisdictionCode())) {
            throw new NotFoundException("Organization", id);
        }
        return toInfo(o);
    }

    @WebMethod
    @WebResult(name = "organizations")
    public OrganizationPage findOrganizations(@WebParam(name = "jurisdictionCode") String jurisdictionCode,
            @WebParam(name = "field") String field, @WebParam(name = "status") String status,
            @WebParam(name = "page") Integer page, @WebParam(name = "size") Integer size) {
        OrganizationQuery q = new OrganizationQuery();
        q.setJurisdictionCode(access.listScope(jurisdictionCode));
        q.setField(Params.enumOf(OrganizationField.class, "field", field));
        q.setStatus(Params.enumOf(OrganizationStatus.class, "status", status));
        Page<PartyOrganization> result = organizations.find(q, PageRequest.of(page, size, null, OrganizationService.SORTABLE));
        OrganizationPage out = new OrganizationPage();
        out.items = new ArrayList<>();
        result.getItems().forEach(o -> out.items.add(toInfo(o)));
        out.page = result.getPage();
        out.size = result.getSize();
        out.total = result.getTotal();
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
        if (!access.canSee(CallerContext.current(), m.getJurisdictionCode())) {
            throw new NotFoundException("Member", id);
        }
        return m;
    }

    @WebMethod
    @WebResult(name = "members")
    public MemberPage findMembers(@WebParam(name = "jurisdictionCode") String jurisdictionCode,
            @WebParam(name = "organizationId") Long organizationId, @WebParam(name = "stage") String stage,
            @WebParam(name = "page") Integer page, @WebParam(name = "size") Integer size) {
        MemberQuery q = new MemberQuery();
        q.setJurisdictionCode(access.listScope(jurisdictionCode));
        if (organizationId != null && !access.canSee(CallerContext.current(), organizations.get(organizationId).getJurisdictionCode())) {
            throw new NotFoundException("Organization", organizationId);
        }
        q.setOrganizationId(organizationId);
        q.setStage(Params.enumOf(MemberStage.class, "stage", stage));
        Page<Member> result = members.find(q, PageRequest.of(page, size, null, MemberService.SORTABLE));
        MemberPage out = new MemberPage();
        out.items = new ArrayList<>();
        result.getItems().forEach(m -> out.items.add(toInfo(m)));
        out.page = result.getPage();
        out.size = result.getSize();
        out.total = result.getTotal();
        return out;
    }

    static JurisdictionInfo toInfo(Jurisdiction j) {
        JurisdictionInfo i = new JurisdictionInfo();
        i.code = j.getCode();
        i.name = j.getName();
        i.level = j.getLevel().name();
        i.parentCode = j.getParentCode();
        i.depth = j.getDepth();
        return i;
    }

    static OrganizationInfo toInfo(PartyOrganization o) {
        OrganizationInfo i = new OrganizationInfo();
        i.id = o.getId();
        i.name = o.getName();
        i.type = o.getType().name();
        i.field = o.getField().name();
        i.parentId = o.getParentId();
        i.jurisdictionCode = o.getJurisdictionCode();
        i.termStart = o.getTermStart();
        i.termEnd = o.getTermEnd();
        i.status = o.getStatus().name();
        i.starRating = o.getStarRating();
        return i;
    }

    static MemberInfo toInfo(Member m) {
        MemberInfo i = new MemberInfo();
        i.id = m.getId();
        i.name = m.getName();
        i.gender = m.getGender().name();
        i.birthDate = m.getBirthDate();
        i.education = m.getEducation() == null ? null : m.getEducation().name();
        i.organizationId = m.getOrganizationId();
        i.jurisdictionCode = m.getJurisdictionCode();
        i.stage = m.getStage().name();
        i.applicationDate = m.getApplicationDate();
        i.activistDate = m.getActivistDate();
        i.candidateDate = m.getCandidateDate();
        i.probationDate = m.getProbationDate();
        i.fullDate = m.getFullDate();
        i.hasPost = m.isHasPost();
        i.membershipStatus = m.getMembershipStatus() == null ? null : m.getMembershipStatus().name();
        return i;
    }
}
