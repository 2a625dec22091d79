package org.jiceng.module.shunyi.meetings.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (北京市委组织部): a year's meetings planned and held per kind and its matters on the chain, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/MeetingsService")
@WebService(serviceName = "MeetingsService", portName = "MeetingsPort", name = "Meetings", targetNamespace = MeetingsWebService.NAMESPACE)
public class MeetingsWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/shunyi-meetings";

    private final MeetingFigures figures;

    @Activate
    public MeetingsWebService(@Reference MeetingFigures figures) {
        this.figures = figures;
    }

    /** The year's figures; without a year, this year. */
    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return figures.figures(code, year);
    }
}
