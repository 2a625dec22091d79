package org.jiceng.module.guangzong.dossieraudit.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (邢台市, 河北省): a campaign's audit figures and the clearing figures, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/DossierAuditService")
@WebService(serviceName = "DossierAuditService", portName = "DossierAuditPort", name = "DossierAudit", targetNamespace = DossierAuditWebService.NAMESPACE)
public class DossierAuditWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/guangzong-dossier-audit";

    private final Figures figures;
    private final Villages villages;

    @Activate
    public DossierAuditWebService(@Reference Figures figures, @Reference Villages villages) {
        this.figures = figures;
        this.villages = villages;
    }

    @WebMethod
    @WebResult(name = "figures")
    public AuditFigures getAuditFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "campaignId") long campaignId) {
        return figures.of(code, campaignId);
    }

    @WebMethod
    @WebResult(name = "figures")
    public VillageFigures getVillageFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
        return villages.figures(code);
    }
}
