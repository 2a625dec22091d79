package org.jiceng.module.xingning.termreminders.internal;

import java.time.LocalDate;
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

/** SOAP for the county office's systems: expiring terms and reminders of a jurisdiction. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/TermReminderService")
@WebService(serviceName = "TermReminderService", portName = "TermReminderPort", name = "TermReminders", targetNamespace = TermRemindersWebService.NAMESPACE)
public class TermRemindersWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/xingning-term-reminders";

    private final TermReminders reminders;

    @Activate
    public TermRemindersWebService(@Reference TermReminders reminders) {
        this.reminders = reminders;
    }

    @WebMethod
    @WebResult(name = "term")
    public List<ExpiringTerm> listExpiring(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "withinMonths") Integer withinMonths) {
        return reminders.expiring(code, withinMonths, LocalDate.now());
    }

    @WebMethod
    @WebResult(name = "reminder")
    public List<ReminderView> listReminders(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "state") String state) {
        return reminders.list(code, state, PageRequest.first(PageRequest.MAX_SIZE), LocalDate.now()).items();
    }
}
