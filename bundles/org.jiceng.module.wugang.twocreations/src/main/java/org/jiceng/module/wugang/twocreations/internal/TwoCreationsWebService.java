package org.jiceng.module.wugang.twocreations.internal;

import java.time.LocalDate;
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

/** SOAP for upper-level systems (邵阳市, 湖南省): the year's pass rate and model branches, and the ranking, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/TwoCreationsService")
@WebService(serviceName = "TwoCreationsService", portName = "TwoCreationsPort", name = "TwoCreations", targetNamespace = TwoCreationsWebService.NAMESPACE)
public class TwoCreationsWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/wugang-two-creations";

    private final Results results;
    private final Ranking ranking;

    @Activate
    public TwoCreationsWebService(@Reference Results results, @Reference Ranking ranking) {
        this.results = results;
        this.ranking = ranking;
    }

    /** @param year the year reported; the current one when left out */
    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return results.figures(code, year, LocalDate.now());
    }

    @WebMethod
    @WebResult(name = "row")
    public List<RankingRow> listRanking(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "level") CreationLevel level,
            @WebParam(name = "year") int year) {
        return ranking.all(code, level == null ? CreationLevel.STANDARDIZED : level, year);
    }
}
