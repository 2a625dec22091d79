package org.jiceng.module.shunyi.accountability.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (北京市委组织部, 纪委): the accountability statistics, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/AccountabilityService")
@WebService(serviceName = "AccountabilityService", portName = "AccountabilityPort", name = "Accountability", targetNamespace = AccountabilityWebService.NAMESPACE)
public class AccountabilityWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/shunyi-accountability";

    private final AccountabilityFigures figures;

    @Activate
    public AccountabilityWebService(@Reference AccountabilityFigures figures) {
        this.figures = figures;
    }

    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
        return figures.figures(code);
    }
}
