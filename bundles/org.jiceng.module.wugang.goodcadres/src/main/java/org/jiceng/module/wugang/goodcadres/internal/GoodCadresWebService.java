package org.jiceng.module.wugang.goodcadres.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (邵阳市, 湖南省): a year's selection figures and result list, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/GoodCadreService")
@WebService(serviceName = "GoodCadreService", portName = "GoodCadrePort", name = "GoodCadres", targetNamespace = GoodCadresWebService.NAMESPACE)
public class GoodCadresWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/wugang-good-cadres";

    private final Campaigns campaigns;
    private final Results results;

    @Activate
    public GoodCadresWebService(@Reference Campaigns campaigns, @Reference Results results) {
        this.campaigns = campaigns;
        this.results = results;
    }

    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return results.figures(code, campaigns.byYear(code, year).id);
    }

    @WebMethod
    @WebResult(name = "goodCadre")
    public List<ResultRow> listResults(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return results.all(code, campaigns.byYear(code, year).id);
    }
}
