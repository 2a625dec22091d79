package org.jiceng.module.guangzong.studytraining.internal;

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

/** SOAP for the upper level's systems: exam figures, the exams, the top scorers selected, and the no-post training coverage. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/StudyTrainingService")
@WebService(serviceName = "StudyTrainingService", portName = "StudyTrainingPort", name = "StudyTraining", targetNamespace = StudyTrainingWebService.NAMESPACE)
public class StudyTrainingWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/guangzong-study-and-training";

    private final FiguresService figures;
    private final Exams exams;

    @Activate
    public StudyTrainingWebService(@Reference FiguresService figures, @Reference Exams exams) {
        this.figures = figures;
        this.exams = exams;
    }

    /** Exam figures of a year, or of every year when none is given. */
    @WebMethod
    @WebResult(name = "figures")
    public ExamFigures getExamFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return figures.exams(code, year);
    }

    /** Coverage of the no-post training under the plan covering this year (or the plan given). */
    @WebMethod
    @WebResult(name = "coverage")
    public CoverageFigures getCoverage(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "planId") Long planId) {
        return figures.coverage(code, planId, LocalDate.now());
    }

    /** The first page (up to 500) of the exams, latest first. */
    @WebMethod
    @WebResult(name = "exam")
    public List<ExamView> listExams(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") Integer year) {
        return exams.list(code, year, null, PageRequest.first(PageRequest.MAX_SIZE)).items();
    }

    /** The first page (up to 500) of the top scorers selected for site training, of one status when given. */
    @WebMethod
    @WebResult(name = "selection")
    public List<SelectionView> listSelections(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "status") String status) {
        return exams.selections(code, null, Params.enumOf(SelectionStatus.class, "status", status), null, PageRequest.first(PageRequest.MAX_SIZE))
                .items();
    }
}
