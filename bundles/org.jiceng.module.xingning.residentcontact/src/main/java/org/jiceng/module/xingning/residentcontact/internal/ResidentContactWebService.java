package org.jiceng.module.xingning.residentcontact.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (梅州市委组织部): a year of 驻点联系群众 — visit rate, problems by level — in all and per town, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/ResidentContactService")
@WebService(serviceName = "ResidentContactService", portName = "ResidentContactPort", name = "ResidentContact", targetNamespace = ResidentContactWebService.NAMESPACE)
public class ResidentContactWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/xingning-resident-contact";

    private final ContactFigures figures;

    @Activate
    public ResidentContactWebService(@Reference ContactFigures figures) {
        this.figures = figures;
    }

    /** The year's figures; without a year, this year. */
    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return figures.figures(code, year);
    }
}
