package org.jiceng.module.xingning.reservecadres.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for the upper level's systems: the 123 figures, incomplete villages and the reserves of a jurisdiction. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/ReserveCadreService")
@WebService(serviceName = "ReserveCadreService", portName = "ReserveCadrePort", name = "ReserveCadres", targetNamespace = ReserveCadresWebService.NAMESPACE)
public class ReserveCadresWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/xingning-reserve-cadres";

    private final FiguresService figures;
    private final Villages villages;
    private final Reserves reserves;

    @Activate
    public ReserveCadresWebService(@Reference FiguresService figures, @Reference Villages villages, @Reference Reserves reserves) {
        this.figures = figures;
        this.villages = villages;
        this.reserves = reserves;
    }

    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
        return figures.figures(code);
    }

    @WebMethod
    @WebResult(name = "village")
    public List<VillageSlots> listVacancies(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
        return villages.vacancies(code, null);
    }

    /** The first page (up to 500) of the reserves, filtered by role and status when given. */
    @WebMethod
    @WebResult(name = "reserve")
    public List<ReserveView> listReserves(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "role") String role,
            @WebParam(name = "status") String status) {
        return reserves.list(code, null, null, Params.enumOf(ReserveRole.class, "role", role), Params.enumOf(ReserveStatus.class, "status", status),
                null, PageRequest.first(PageRequest.MAX_SIZE)).items();
    }
}
