package org.jiceng.module.xingning.leaderlinkage.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (梅州市委组织部): a year's linkage figures and the links themselves, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/LeaderLinkageService")
@WebService(serviceName = "LeaderLinkageService", portName = "LeaderLinkagePort", name = "LeaderLinkage", targetNamespace = LeaderLinkageWebService.NAMESPACE)
public class LeaderLinkageWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/xingning-leader-linkage";

    private final LinkageFigures figures;
    private final Links links;

    @Activate
    public LeaderLinkageWebService(@Reference LinkageFigures figures, @Reference Links links) {
        this.figures = figures;
        this.links = links;
    }

    /** The year's figures; without a year, this year. */
    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return figures.figures(code, year);
    }

    /** The year's links with how their responsibility lists stand; without a year, this year. */
    @WebMethod
    @WebResult(name = "link")
    public List<LinkView> listLinks(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        Integer y = year == null ? Integer.valueOf(java.time.LocalDate.now().getYear()) : year;
        return Pages.all("id", Links.SORTABLE, (PageRequest page) -> links.list(code, y, null, null, page));
    }
}
