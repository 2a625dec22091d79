package org.example.jiceng.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.example.jiceng.api.AuthenticationApi;
import org.example.jiceng.api.JurisdictionsApi;
import org.example.jiceng.api.MembersApi;
import org.example.jiceng.api.OrganizationsApi;
import org.example.jiceng.api.ProblemsAndRectificationApi;
import org.example.jiceng.api.WugangServiceDayApi;
import org.example.jiceng.client.ApiClient;
import org.example.jiceng.client.ApiException;
import org.example.jiceng.model.DevelopmentEvent;
import org.example.jiceng.model.Member;
import org.example.jiceng.model.PageMember;
import org.example.jiceng.model.Problem;
import org.example.jiceng.model.ProblemDetails;
import org.example.jiceng.model.ProblemResourcePlan;
import org.example.jiceng.model.ProblemResourceProgress;
import org.example.jiceng.model.ProblemResourceRectified;
import org.example.jiceng.model.ProblemResourceReport;
import org.example.jiceng.model.WugangServiceDayFigures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a county's integrator writes against the client generated from Jiceng's OpenAPI document:
 * log in for a bearer token, page through the county's members, take a new applicant to activist,
 * report a problem and rectify it, and read a module's figures. Nothing here but the generated
 * classes and the JDK. The figures it read are written to {@code target/integration.properties}.
 */
class CountyIntegrationTest {
    private static final String URL = System.getProperty("jiceng.url");
    private static final String COUNTY = System.getProperty("jiceng.county");
    private static final Properties FIGURES = new Properties();
    private static ApiClient client;

    @BeforeAll
    static void logIn() throws ApiException {
        ApiClient basic = new ApiClient();
        basic.updateBaseUri(URL);
        String credentials = System.getProperty("jiceng.user") + ":" + System.getProperty("jiceng.password");
        basic.setRequestInterceptor(request -> request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
        String token = new AuthenticationApi(basic).tokenAuth().getAccessToken();
        assertNotNull(token);

        client = new ApiClient();
        client.updateBaseUri(URL);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        assertEquals(System.getProperty("jiceng.user"), new AuthenticationApi(client).meAuth().getUsername());
    }

    @AfterAll
    static void writeFigures() throws IOException {
        Path file = Path.of("target", "integration.properties");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            FIGURES.store(out, "what the generated client read from Jiceng");
        }
        FIGURES.forEach((k, v) -> System.out.println("FIGURE " + k + " = " + v));
    }

    @Test
    void pagesThroughTheCountysMembers() throws ApiException {
        MembersApi members = new MembersApi(client);
        PageMember first = members.findMember(COUNTY, null, null, null, null, null, 0, 20, "name", null);
        PageMember second = members.findMember(COUNTY, null, null, null, null, null, 1, 20, "name", null);
        // the same second page after the first one's cursor (keyset paging): not counted again
        PageMember followed = members.findMember(COUNTY, null, null, null, null, null, null, 20, "name", first.getNext());
        assertEquals(second.getItems(), followed.getItems());
        assertEquals(-1L, followed.getTotal());
        assertEquals(20, first.getItems().size());
        assertTrue(first.getTotal() > 20, "total " + first.getTotal());
        assertEquals(1, second.getPage());
        Set<Long> ids = new HashSet<>();
        first.getItems().forEach(m -> ids.add(m.getId()));
        second.getItems().forEach(m -> assertTrue(ids.add(m.getId()), "member " + m.getId() + " on both pages"));
        assertTrue(first.getItems().stream().allMatch(m -> m.getJurisdictionCode().startsWith(COUNTY.substring(0, 6))));
        FIGURES.setProperty("members.total", String.valueOf(first.getTotal()));
        FIGURES.setProperty("members.pages", String.valueOf(first.getTotalPages()));
    }

    @Test
    void takesANewApplicantToActivist() throws ApiException {
        Long organizationId = new OrganizationsApi(client).findOrganization(COUNTY, null, null, null, null, null, null, 0, 1, null, null)
                .getItems().get(0).getId();
        LocalDate applied = LocalDate.now().minusYears(2);
        MembersApi members = new MembersApi(client);
        Member created = members.createMember(new Member().name("集成测试申请人").gender(Member.GenderEnum.FEMALE)
                .birthDate(LocalDate.of(1999, 5, 4)).organizationId(organizationId).stage(Member.StageEnum.APPLICANT)
                .applicationDate(applied).hasPost(false));
        assertNotNull(created.getId());
        assertEquals(Member.StageEnum.APPLICANT, created.getStage());

        DevelopmentEvent recorded = members.recordMember2(created.getId(), new DevelopmentEvent().type(DevelopmentEvent.TypeEnum.ACTIVIST_CONFIRMED)
                .date(applied.plusMonths(1)).decidingBody("村党支部")
                .evidence(List.of(DevelopmentEvent.EvidenceEnum.APPLICATION_LETTER, DevelopmentEvent.EvidenceEnum.TALK)));
        assertEquals(System.getProperty("jiceng.user"), recorded.getRecordedBy(), "the server fills in who recorded it");

        Member activist = members.getMember(created.getId());
        assertEquals(Member.StageEnum.ACTIVIST, activist.getStage());
        assertEquals(applied.plusMonths(1), activist.getActivistDate());
        assertEquals(1, members.historyMember(created.getId()).size());

        // A refused step is an ApiException carrying the problem+json the document describes.
        ApiException refused = assertThrows(ApiException.class, () -> members.recordMember2(created.getId(),
                new DevelopmentEvent().type(DevelopmentEvent.TypeEnum.CANDIDATE_CONFIRMED).date(applied.plusMonths(2))
                        .decidingBody("村党支部").evidence(List.of(DevelopmentEvent.EvidenceEnum.TRAINING, DevelopmentEvent.EvidenceEnum.RECOMMENDATION))));
        assertEquals(422, refused.getCode());
        assertEquals("activist-one-year", problem(refused).getRule());
        FIGURES.setProperty("member.id", String.valueOf(created.getId()));
        FIGURES.setProperty("member.stage", String.valueOf(activist.getStage()));
        FIGURES.setProperty("member.refusedRule", problem(refused).getRule());
    }

    @Test
    void reportsAProblemAndRectifiesIt() throws ApiException {
        String village = new JurisdictionsApi(client).subtreeJurisdiction(COUNTY, "VILLAGE", 0, 1, null).getItems().get(0).getCode();
        ProblemsAndRectificationApi problems = new ProblemsAndRectificationApi(client);
        Problem p = problems.reportProblem(new ProblemResourceReport().source(ProblemResourceReport.SourceEnum.INSPECTION_TOUR)
                .subjectType("JURISDICTION").subjectId(village).jurisdictionCode(village).category("三会一课不规范")
                .severity(ProblemResourceReport.SeverityEnum.MEDIUM).description("会议记录不全").foundBy("县委巡察组")
                .foundOn(LocalDate.now().minusDays(3)).deadline(LocalDate.now().plusDays(30)));
        assertEquals(Problem.StatusEnum.FOUND, p.getStatus());
        p = problems.planProblem(p.getId(), new ProblemResourcePlan().plan("补齐会议记录").responsible("村党支部书记").version(p.getVersion()));
        assertEquals(Problem.StatusEnum.PLAN_FILED, p.getStatus());
        p = problems.progressProblem(p.getId(), new ProblemResourceProgress().note("已补录支委会记录").version(p.getVersion()));
        p = problems.rectifiedProblem(p.getId(), new ProblemResourceRectified().completion("三会一课已规范").version(p.getVersion()));
        assertEquals(Problem.StatusEnum.RECTIFIED, p.getStatus());
        assertFalse(p.getHistory().isEmpty());
        FIGURES.setProperty("problem.id", String.valueOf(p.getId()));
        FIGURES.setProperty("problem.status", String.valueOf(p.getStatus()));
        FIGURES.setProperty("problem.steps", String.valueOf(p.getHistory().size()));
    }

    @Test
    void readsTheServiceDayFigures() throws ApiException {
        WugangServiceDayApi serviceDay = new WugangServiceDayApi(client);
        WugangServiceDayFigures figures = serviceDay.wugangServiceDayFigures(COUNTY, null, null);
        assertEquals(COUNTY, figures.getJurisdictionCode());
        assertNotNull(figures.getTotal());
        assertFalse(figures.getTownships().isEmpty());
        FIGURES.setProperty("serviceDay.applications", String.valueOf(figures.getTotal().getApplications()));
        FIGURES.setProperty("serviceDay.done", String.valueOf(figures.getTotal().getDone()));
        FIGURES.setProperty("serviceDay.townships", String.valueOf(figures.getTownships().size()));
    }

    private static ProblemDetails problem(ApiException e) {
        try {
            return client.getObjectMapper().readValue(e.getResponseBody(), ProblemDetails.class);
        } catch (IOException io) {
            throw new AssertionError("not a problem+json body: " + e.getResponseBody(), io);
        }
    }
}
