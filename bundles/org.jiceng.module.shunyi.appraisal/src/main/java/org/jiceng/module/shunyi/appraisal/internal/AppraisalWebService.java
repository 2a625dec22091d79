package org.jiceng.module.shunyi.appraisal.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (北京市委组织部): a year's appraisal — grades, the analysis per indicator and the use of the results — read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/AppraisalService")
@WebService(serviceName = "AppraisalService", portName = "AppraisalPort", name = "Appraisal", targetNamespace = AppraisalWebService.NAMESPACE)
public class AppraisalWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/shunyi-appraisal";

    private final AppraisalFigures figures;

    @Activate
    public AppraisalWebService(@Reference AppraisalFigures figures) {
        this.figures = figures;
    }

    /** The year's figures; without a year, the latest the county opened. */
    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return figures.figures(code, year);
    }
}
