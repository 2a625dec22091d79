package org.jiceng.module.shunyi.twonew.internal;

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

/** SOAP for upper-level systems (北京市委组织部): the coverage figures and the units not yet covered (contacts masked), read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/TwoNewLedgerService")
@WebService(serviceName = "TwoNewLedgerService", portName = "TwoNewLedgerPort", name = "TwoNewLedger", targetNamespace = TwoNewWebService.NAMESPACE)
public class TwoNewWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/shunyi-two-new";

    private final CoverageFigures figures;
    private final Sheets sheets;

    @Activate
    public TwoNewWebService(@Reference CoverageFigures figures, @Reference Sheets sheets) {
        this.figures = figures;
        this.sheets = sheets;
    }

    /** Coverage of the jurisdiction's enterprises and social organizations, in all and per township, and the talent reserve. */
    @WebMethod
    @WebResult(name = "figures")
    public Figures getFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
        return figures.figures(code);
    }

    /** Open sheets of units of a kind ({@code ENTERPRISE} or {@code SOCIAL_ORGANIZATION}) not yet covered, at most 500, by id. */
    @WebMethod
    @WebResult(name = "sheet")
    public List<SheetView> listUncovered(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "kind") String kind) {
        return sheets.list(code, Params.enumOf(UnitKind.class, "kind", kind), null, Coverage.NONE, "open", null,
                PageRequest.of(0, PageRequest.MAX_SIZE, "id", Sheets.SORTABLE)).items();
    }
}
