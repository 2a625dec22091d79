package org.jiceng.module.xingning.rotationtalent.internal;

import java.time.LocalDate;
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

/** SOAP for the upper level's systems: rotation figures, cadres due and moves of a year; talent figures and the needed posts. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/RotationTalentService")
@WebService(serviceName = "RotationTalentService", portName = "RotationTalentPort", name = "RotationTalent", targetNamespace = RotationTalentWebService.NAMESPACE)
public class RotationTalentWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/xingning-rotation-and-talent";

    private final Rotations rotations;
    private final RotationFiguresService rotationFigures;
    private final Talents talents;

    @Activate
    public RotationTalentWebService(@Reference Rotations rotations, @Reference RotationFiguresService rotationFigures, @Reference Talents talents) {
        this.rotations = rotations;
        this.rotationFigures = rotationFigures;
        this.talents = talents;
    }

    private static int yearOr(Integer year) {
        return year == null ? LocalDate.now().getYear() : year;
    }

    /** The rotation figures of the year (this year when absent). */
    @WebMethod
    @WebResult(name = "figures")
    public RotationFigures getRotationFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "year") Integer year) {
        return rotationFigures.figures(code, yearOr(year));
    }

    @WebMethod
    @WebResult(name = "cadre")
    public List<DueCadre> listDue(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return rotations.due(code, yearOr(year));
    }

    /** The first page (up to 500) of the moves of the year's plans, filtered by status when given. */
    @WebMethod
    @WebResult(name = "move")
    public List<MoveView> listMoves(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year,
            @WebParam(name = "status") String status) {
        return rotations
                .moves(code, null, yearOr(year), Params.enumOf(MoveStatus.class, "status", status), null, PageRequest.first(PageRequest.MAX_SIZE))
                .items();
    }

    @WebMethod
    @WebResult(name = "figures")
    public TalentFigures getTalentFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
        return talents.figures(code);
    }

    /** The first page (up to 500) of the urgently needed posts, only the open ones when asked. */
    @WebMethod
    @WebResult(name = "post")
    public List<PostView> listNeededPosts(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "open") Boolean open) {
        return talents.posts(code, null, open, PageRequest.first(PageRequest.MAX_SIZE)).items();
    }
}
