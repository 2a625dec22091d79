package org.jiceng.core.apidocs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

import org.junit.jupiter.api.Test;

class ContractReaderTest {
    @Path("members")
    static class MemberResource {
        @GET
        public String get() {
            return "";
        }

        @GET
        public String exportMembers() {
            return "";
        }

        @GET
        public String pipeline() {
            return "";
        }
    }

    @Path("jurisdictions/{code}/wugang-first-secretaries/figures")
    static class FiguresResource {
        @GET
        public String figures() {
            return "";
        }

        @GET
        public String find() {
            return "";
        }
    }

    @Test
    void coreIdsAreVerbAndResourceOrTheMethodThatNamesIt() throws Exception {
        assertEquals("getMember", ContractReader.operationId(MemberResource.class, MemberResource.class.getMethod("get")));
        assertEquals("exportMembers", ContractReader.operationId(MemberResource.class, MemberResource.class.getMethod("exportMembers")));
        assertEquals("pipelineMember", ContractReader.operationId(MemberResource.class, MemberResource.class.getMethod("pipeline")));
        assertNull(ContractReader.moduleId(MemberResource.class));
    }

    @Test
    void moduleIdsArePrefixedWithTheModule() throws Exception {
        assertEquals("wugang-first-secretaries", ContractReader.moduleId(FiguresResource.class));
        assertEquals("wugangFirstSecretariesFigures", ContractReader.operationId(FiguresResource.class, FiguresResource.class.getMethod("figures")));
        assertEquals("wugangFirstSecretariesFindFigures", ContractReader.operationId(FiguresResource.class, FiguresResource.class.getMethod("find")));
    }

    @Test
    void aSummaryInWordsComesFromTheIdWithoutTheModule() {
        assertEquals("Figures", ContractReader.words("Figures"));
        assertEquals("Find figures", ContractReader.words("FindFigures"));
        assertEquals("Record result of the round2 vote", ContractReader.words("recordResultOfTheRound2Vote"));
        assertEquals("", ContractReader.words(""));
    }

    @Test
    void aPathParameterNoMethodReadsIsStillDeclared() {
        io.swagger.v3.oas.models.Operation operation = new io.swagger.v3.oas.models.Operation();
        java.util.List<io.swagger.v3.oas.models.parameters.Parameter> parameters = new java.util.ArrayList<>();
        parameters.add(new io.swagger.v3.oas.models.parameters.PathParameter().name("role"));
        ContractReader.declarePathParameters("/jurisdictions/{code}/xiajiang-three-members/duties/{role}", operation, parameters);
        assertEquals(1, operation.getParameters().size(), "only the missing one is added");
        assertEquals("code", operation.getParameters().get(0).getName());
        assertEquals("path", operation.getParameters().get(0).getIn());
        assertEquals(Boolean.TRUE, operation.getParameters().get(0).getRequired());
        assertEquals(2, parameters.size());
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void aSetOfAnInlineEnumGetsANamedEnumAndAListKeepsItsOwn() {
        io.swagger.v3.oas.models.media.Schema account = new io.swagger.v3.oas.models.media.ObjectSchema()
                .addProperty("roles", new io.swagger.v3.oas.models.media.ArraySchema().uniqueItems(true)
                        .items(new io.swagger.v3.oas.models.media.StringSchema()._enum(java.util.List.of("ADMIN", "VIEWER"))))
                .addProperty("evidence", new io.swagger.v3.oas.models.media.ArraySchema()
                        .items(new io.swagger.v3.oas.models.media.StringSchema()._enum(java.util.List.of("BRANCH_RESOLUTION"))));
        io.swagger.v3.oas.models.OpenAPI api = new io.swagger.v3.oas.models.OpenAPI()
                .components(new io.swagger.v3.oas.models.Components().addSchemas("Account", account));
        ContractReader.nameEnumsOfSets(api);
        java.util.Map<String, io.swagger.v3.oas.models.media.Schema> schemas = api.getComponents().getSchemas();
        assertEquals(java.util.List.of("ADMIN", "VIEWER"), schemas.get("AccountRole").getEnum());
        assertEquals("#/components/schemas/AccountRole",
                ((io.swagger.v3.oas.models.media.Schema) account.getProperties().get("roles")).getItems().get$ref());
        assertNull(((io.swagger.v3.oas.models.media.Schema) account.getProperties().get("evidence")).getItems().get$ref());
        assertEquals(2, schemas.size());
    }
}
