package org.jiceng.module.guangzong.inspectiontours.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (邢台市委组织部): the inspection's figures, in all and per round, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/InspectionToursService")
@WebService(serviceName = "InspectionToursService", portName = "InspectionToursPort", name = "InspectionTours", targetNamespace = InspectionToursWebService.NAMESPACE)
public class InspectionToursWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/guangzong-inspection-tours";

    private final TourFigures figures;

    @Activate
    public InspectionToursWebService(@Reference TourFigures figures) {
        this.figures = figures;
    }

    /** The figures of the rounds started in the year; without a year, of every round. */
    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return figures.figures(code, year);
    }
}
