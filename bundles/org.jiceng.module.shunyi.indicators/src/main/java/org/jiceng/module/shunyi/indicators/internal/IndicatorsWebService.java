package org.jiceng.module.shunyi.indicators.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (北京市委组织部): a year's completion of tasks and folded projects per unit and domain, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/IndicatorsService")
@WebService(serviceName = "IndicatorsService", portName = "IndicatorsPort", name = "Indicators", targetNamespace = IndicatorsWebService.NAMESPACE)
public class IndicatorsWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/shunyi-indicators";

    private final IndicatorFigures figures;

    @Activate
    public IndicatorsWebService(@Reference IndicatorFigures figures) {
        this.figures = figures;
    }

    /** The year's figures; without a year, the latest the county planned. */
    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return figures.figures(code, year);
    }
}
