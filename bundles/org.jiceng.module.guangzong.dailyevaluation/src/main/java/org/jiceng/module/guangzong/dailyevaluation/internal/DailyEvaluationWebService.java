package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (邢台市 organization department): a year's figures and ranking, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/DailyEvaluationService")
@WebService(serviceName = "DailyEvaluationService", portName = "DailyEvaluationPort", name = "DailyEvaluation", targetNamespace = DailyEvaluationWebService.NAMESPACE)
public class DailyEvaluationWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/guangzong-daily-evaluation";

    private final Results results;

    @Activate
    public DailyEvaluationWebService(@Reference Results results) {
        this.results = results;
    }

    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") String year) {
        return results.figures(code, Params.year("year", year));
    }

    /** Every evaluated member of the year, by county rank. */
    @WebMethod
    @WebResult(name = "member")
    public List<MemberView> listRanking(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") String year) {
        int y = Params.year("year", year);
        return Pages.all("countyRank", Members.SORTABLE, (PageRequest p) -> results.ranking(code, y, null, null, p));
    }
}
