package org.jiceng.module.wugang.villageappraisal.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (邵阳市 organization department, 财政 payroll): a year's figures and results, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/VillageCadreAppraisalService")
@WebService(serviceName = "VillageCadreAppraisalService", portName = "VillageCadreAppraisalPort", name = "VillageCadreAppraisal", targetNamespace = AppraisalWebService.NAMESPACE)
public class AppraisalWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/wugang-village-cadre-appraisal";

    private final Results results;
    private final Cadres cadres;

    @Activate
    public AppraisalWebService(@Reference Results results, @Reference Cadres cadres) {
        this.results = results;
        this.cadres = cadres;
    }

    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") String year) {
        return results.figures(code, Params.year("year", year));
    }

    /** Every cadre's result of the year, by township and rank. */
    @WebMethod
    @WebResult(name = "cadre")
    public List<CadreView> listResults(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") String year) {
        int y = Params.year("year", year);
        return Pages.all("rank", Cadres.SORTABLE, (PageRequest p) -> cadres.list(code, y, null, null, p));
    }
}
