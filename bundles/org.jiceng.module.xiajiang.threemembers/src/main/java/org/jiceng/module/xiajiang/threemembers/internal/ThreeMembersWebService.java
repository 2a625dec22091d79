package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;
import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.common.Pages;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for the county office's reporting system: the dispatch list and the year's figures. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/ThreeMembersService")
@WebService(serviceName = "ThreeMembersService", portName = "ThreeMembersPort", name = "ThreeMembers", targetNamespace = ThreeMembersWebService.NAMESPACE)
public class ThreeMembersWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/xiajiang-three-members";

    private final Selection selection;
    private final DashboardService dashboard;

    @Activate
    public ThreeMembersWebService(@Reference Selection selection, @Reference DashboardService dashboard) {
        this.selection = selection;
        this.dashboard = dashboard;
    }

    @WebMethod
    @WebResult(name = "dispatch")
    public List<DispatchView> listDispatches(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "year") Integer year) {
        int y = Store.yearOrCurrent(year);
        return Pages.all("id", Selection.DISPATCH_SORTABLE, page -> selection.dispatches(code, y, null, null, null, page));
    }

    @WebMethod
    @WebResult(name = "dashboard")
    public Dashboard getDashboard(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "year") Integer year) {
        return dashboard.dashboard(code, Store.yearOrCurrent(year), LocalDate.now());
    }
}
