package org.jiceng.module.guangzong.workstandard.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (邢台市 organization department): a year's pass rates, the units to rectify and the pool's figures, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/WorkStandardService")
@WebService(serviceName = "WorkStandardService", portName = "WorkStandardPort", name = "WorkStandard", targetNamespace = WorkStandardWebService.NAMESPACE)
public class WorkStandardWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/guangzong-work-standard";

    private final Results results;
    private final Pool pool;

    @Activate
    public WorkStandardWebService(@Reference Results results, @Reference Pool pool) {
        this.results = results;
        this.pool = pool;
    }

    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") String year) {
        return results.figures(code, Params.year("year", year));
    }

    @WebMethod
    @WebResult(name = "unit")
    public List<RectificationRow> listRectification(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "year") String year) {
        return results.rectification(code, Params.year("year", year));
    }

    @WebMethod
    @WebResult(name = "pool")
    public PoolFigures getPoolFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
        return pool.figures(code);
    }
}
