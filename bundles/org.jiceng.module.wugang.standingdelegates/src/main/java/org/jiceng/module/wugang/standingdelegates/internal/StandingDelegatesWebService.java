package org.jiceng.module.wugang.standingdelegates.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.common.Validator;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (邵阳市委组织部, 湖南省): a year's figures and evaluation results, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/StandingDelegateService")
@WebService(serviceName = "StandingDelegateService", portName = "StandingDelegatePort", name = "StandingDelegates", targetNamespace = StandingDelegatesWebService.NAMESPACE)
public class StandingDelegatesWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/wugang-standing-delegates";

    private final Statistics statistics;
    private final Evaluations evaluations;

    @Activate
    public StandingDelegatesWebService(@Reference Statistics statistics, @Reference Evaluations evaluations) {
        this.statistics = statistics;
        this.evaluations = evaluations;
    }

    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return statistics.figures(code, year);
    }

    @WebMethod
    @WebResult(name = "evaluation")
    public List<EvaluationView> listEvaluations(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "year") Integer year) {
        new Validator().require("year", year).throwIfInvalid();
        return evaluations.all(code, year);
    }
}
