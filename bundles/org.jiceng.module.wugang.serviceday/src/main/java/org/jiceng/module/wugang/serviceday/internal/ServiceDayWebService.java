package org.jiceng.module.wugang.serviceday.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (邵阳市, 湖南省): the service-day figures and the overdue applications (residents masked), read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/ServiceDayService")
@WebService(serviceName = "ServiceDayService", portName = "ServiceDayPort", name = "ServiceDays", targetNamespace = ServiceDayWebService.NAMESPACE)
public class ServiceDayWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/wugang-service-day";

    private final ServiceDayFigures figures;
    private final Applications applications;

    @Activate
    public ServiceDayWebService(@Reference ServiceDayFigures figures, @Reference Applications applications) {
        this.figures = figures;
        this.applications = applications;
    }

    /** Figures of the jurisdiction for a period ({@code from}/{@code to} as yyyy-MM-dd; default 1 January to today). */
    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "from") String from,
            @WebParam(name = "to") String to) {
        return figures.figures(code, Params.date("from", from), Params.date("to", to));
    }

    /** The applications of the jurisdiction past their promised deadline and still undecided (at most 500, oldest deadline first). */
    @WebMethod
    @WebResult(name = "application")
    public List<ApplicationView> listOverdue(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
        return applications.list(code, null, null, null, "overdue",
                PageRequest.of(0, PageRequest.MAX_SIZE, "deadline", Applications.SORTABLE)).items();
    }
}
