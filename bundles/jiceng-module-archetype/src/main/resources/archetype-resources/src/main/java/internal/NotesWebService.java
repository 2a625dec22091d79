package ${package}.internal;

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

/**
 * SOAP at {@code /services/${moduleId}} for other systems of the county. Every operation takes the
 * jurisdiction as {@code jurisdictionCode}: the core refuses it (a Client fault, status 404) where
 * the module is not enabled before the operation runs, and does not publish an endpoint with an
 * operation that lacks the parameter.
 */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/" + Store.MODULE_ID)
@WebService(serviceName = "NotesService", portName = "NotesPort", name = "Notes", targetNamespace = NotesWebService.NAMESPACE)
public class NotesWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/" + Store.MODULE_ID;

    private final Notes notes;

    @Activate
    public NotesWebService(@Reference Notes notes) {
        this.notes = notes;
    }

    /** The newest notes of the jurisdiction's subtree (one page of the largest size). */
    @WebMethod
    @WebResult(name = "note")
    public List<NoteView> listNotes(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
        return notes.list(code, PageRequest.first(PageRequest.MAX_SIZE)).items();
    }
}
