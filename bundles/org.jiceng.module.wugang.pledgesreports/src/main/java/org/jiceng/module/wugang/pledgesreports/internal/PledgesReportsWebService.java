package org.jiceng.module.wugang.pledgesreports.internal;

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

/** SOAP for upper-level systems (邵阳市, 湖南省): a year's reporting-round figures and pledge cascade, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/DutyReportService")
@WebService(serviceName = "DutyReportService", portName = "DutyReportPort", name = "DutyReports", targetNamespace = PledgesReportsWebService.NAMESPACE)
public class PledgesReportsWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/wugang-pledges-reports";

    private final DutyRounds rounds;
    private final Pledges pledges;

    @Activate
    public PledgesReportsWebService(@Reference DutyRounds rounds, @Reference Pledges pledges) {
        this.rounds = rounds;
        this.pledges = pledges;
    }

    @WebMethod
    @WebResult(name = "round")
    public List<RoundFigures> getReportingFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "year") Integer year) {
        return rounds.figures(code, year);
    }

    @WebMethod
    @WebResult(name = "level")
    public List<PledgeFigures> getPledgeCascade(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "year") Integer year) {
        return pledges.figures(code, year);
    }
}
