package org.jiceng.module.xingning.towncongress.internal;

import java.util.ArrayList;
import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Validator;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for the higher organization department: session results and statistics of a jurisdiction. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/TownCongressService")
@WebService(serviceName = "TownCongressService", portName = "TownCongressPort", name = "TownCongress", targetNamespace = CongressWebService.NAMESPACE)
public class CongressWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/xingning-town-congress";

    private final CongressStatistics statistics;
    private final Sessions sessions;
    private final Elections elections;
    private final Evaluations evaluations;

    @Activate
    public CongressWebService(@Reference CongressStatistics statistics, @Reference Sessions sessions, @Reference Elections elections,
            @Reference Evaluations evaluations) {
        this.statistics = statistics;
        this.sessions = sessions;
        this.elections = elections;
        this.evaluations = evaluations;
    }

    @WebMethod
    @WebResult(name = "statistics")
    public StatisticsView getStatistics(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return statistics.statistics(code, year);
    }

    /** Every session of the year in the subtree with its resolutions, election results and evaluation. */
    @WebMethod
    @WebResult(name = "session")
    public List<SessionResult> listSessionResults(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "year") Integer year) {
        new Validator().require("year", year).throwIfInvalid();
        List<SessionResult> result = new ArrayList<>();
        for (Views.Session s : sessions.list(code, year, null, PageRequest.first(PageRequest.MAX_SIZE)).items()) {
            result.add(SessionResult.of(s, elections.ofSession(code, s.id()), evaluations.evaluation(code, s.id())));
        }
        return result;
    }
}
