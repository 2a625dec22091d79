package org.jiceng.module.xingning.twowayreporting.internal;

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

/** SOAP for upper-level systems (梅州市, 广东省): a year's two-way rounds as figures, and a round's result list, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/TwoWayReportingService")
@WebService(serviceName = "TwoWayReportingService", portName = "TwoWayReportingPort", name = "TwoWayReporting", targetNamespace = TwoWayReportingWebService.NAMESPACE)
public class TwoWayReportingWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/xingning-two-way-reporting";

    private final TwoWayResults results;

    @Activate
    public TwoWayReportingWebService(@Reference TwoWayResults results) {
        this.results = results;
    }

    @WebMethod
    @WebResult(name = "round")
    public List<RoundOutcome> getRoundFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "year") Integer year) {
        return results.figures(code, year);
    }

    @WebMethod
    @WebResult(name = "secretary")
    public List<SecretaryResult> getResults(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "roundId") Long roundId) {
        if (roundId == null) {
            throw new org.jiceng.common.ValidationException("roundId", "is required");
        }
        return results.outcome(code, roundId, null).secretaries;
    }
}
