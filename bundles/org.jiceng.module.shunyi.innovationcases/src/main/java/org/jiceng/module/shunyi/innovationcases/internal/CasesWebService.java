package org.jiceng.module.shunyi.innovationcases.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.common.PageRequest;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (北京市委组织部): the library's figures and its promoted cases, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/InnovationCaseService")
@WebService(serviceName = "InnovationCaseService", portName = "InnovationCasePort", name = "InnovationCases", targetNamespace = CasesWebService.NAMESPACE)
public class CasesWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/shunyi-innovation-cases";

    private final CaseFigures figures;
    private final Cases cases;

    @Activate
    public CasesWebService(@Reference CaseFigures figures, @Reference Cases cases) {
        this.figures = figures;
        this.cases = cases;
    }

    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
        return figures.figures(code);
    }

    /** The promoted cases of the jurisdiction (推广), most recently promoted first, at most 500. */
    @WebMethod
    @WebResult(name = "case")
    public List<CaseView> listPromoted(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
        return cases.list(code, CaseState.PROMOTED, null, null, PageRequest.of(0, PageRequest.MAX_SIZE, "-promotedOn,id", Cases.SORTABLE)).items();
    }
}
