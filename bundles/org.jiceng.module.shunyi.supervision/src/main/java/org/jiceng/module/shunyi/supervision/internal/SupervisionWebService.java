package org.jiceng.module.shunyi.supervision.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (北京市委组织部): a year's supervision: items, findings and their rectification, per kind and place, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/SupervisionService")
@WebService(serviceName = "SupervisionService", portName = "SupervisionPort", name = "Supervision", targetNamespace = SupervisionWebService.NAMESPACE)
public class SupervisionWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/shunyi-supervision";

    private final SupervisionFigures figures;

    @Activate
    public SupervisionWebService(@Reference SupervisionFigures figures) {
        this.figures = figures;
    }

    /** The year's figures; without a year, this year. */
    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return figures.figures(code, year);
    }
}
