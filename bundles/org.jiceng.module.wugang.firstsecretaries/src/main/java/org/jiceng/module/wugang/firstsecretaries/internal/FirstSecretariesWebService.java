package org.jiceng.module.wugang.firstsecretaries.internal;

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

/** SOAP for upper-level systems (邵阳市, 湖南省): on-post figures and the monthly ranking, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/FirstSecretaryService")
@WebService(serviceName = "FirstSecretaryService", portName = "FirstSecretaryPort", name = "FirstSecretaries", targetNamespace = FirstSecretariesWebService.NAMESPACE)
public class FirstSecretariesWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/wugang-first-secretaries";

    private final OnPost onPost;
    private final Ranking ranking;

    @Activate
    public FirstSecretariesWebService(@Reference OnPost onPost, @Reference Ranking ranking) {
        this.onPost = onPost;
        this.ranking = ranking;
    }

    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
        return onPost.figures(code, LocalDate.now());
    }

    @WebMethod
    @WebResult(name = "row")
    public List<RankingRow> listRanking(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "month") String month) {
        return ranking.all(code, month);
    }
}
