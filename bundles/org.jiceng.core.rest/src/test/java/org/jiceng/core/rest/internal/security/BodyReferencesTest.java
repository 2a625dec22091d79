package org.jiceng.core.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.List;

import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;

import org.jiceng.core.rest.internal.security.BodyReferences.Found;
import org.jiceng.security.ScopedReference;
import org.jiceng.security.ScopedReference.Kind;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class BodyReferencesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Attendance(Long memberId, boolean present) {
    }

    record Held(String minutes, List<Attendance> attendance) {
    }

    record Replacement(String reason, NewDelegate replacement) {
    }

    record NewDelegate(Long memberId, String name) {
    }

    record Action(String type, @ScopedReference(Kind.MEMBER) Long targetMemberId, @ScopedReference(Kind.ORGANIZATION) Long targetOrganizationId,
            @ScopedReference(Kind.MEMBER) List<Long> witnesses, Long toOrganizationId) {
    }

    static class Bean {
        @ScopedReference(Kind.JURISDICTION)
        String countyCode;
        Action[] actions;
    }

    private final BodyReferences references = new BodyReferences(new BodyTypes());

    private List<Found> in(String json, java.lang.reflect.Type type) throws Exception {
        return references.in(JSON.readTree(json), type);
    }

    @Test
    void findsConventionalFieldsInsideListsOfRecords() throws Exception {
        List<Found> found = in("{\"minutes\":\"m\",\"attendance\":[{\"memberId\":7,\"present\":true},{\"memberId\":\"8\",\"present\":false}]}",
                Held.class);
        assertEquals(List.of(new Found(Kind.MEMBER, "7", "attendance[0].memberId"), new Found(Kind.MEMBER, "8", "attendance[1].memberId")), found);
    }

    @Test
    void findsConventionalFieldsInNestedObjects() throws Exception {
        assertEquals(List.of(new Found(Kind.MEMBER, "5", "replacement.memberId")),
                in("{\"reason\":\"died\",\"replacement\":{\"memberId\":5,\"name\":\"x\"}}", Replacement.class));
    }

    @Test
    void findsDeclaredReferencesAndListsOfThem() throws Exception {
        List<Found> found = in("{\"type\":\"WARNING\",\"targetMemberId\":1,\"targetOrganizationId\":2,\"witnesses\":[3,4],\"toOrganizationId\":9}",
                Action.class);
        assertEquals(List.of(new Found(Kind.MEMBER, "1", "targetMemberId"), new Found(Kind.ORGANIZATION, "2", "targetOrganizationId"),
                new Found(Kind.MEMBER, "3", "witnesses[0]"), new Found(Kind.MEMBER, "4", "witnesses[1]")), found);
    }

    @Test
    void followsBeanFieldsAndArrays() throws Exception {
        List<Found> found = in("{\"countyCode\":\"441481\",\"actions\":[{\"targetMemberId\":6}]}", Bean.class);
        assertEquals(List.of(new Found(Kind.JURISDICTION, "441481", "countyCode"), new Found(Kind.MEMBER, "6", "actions[0].targetMemberId")), found);
    }

    @Test
    void untypedBodiesAreReadByConventionAtAnyDepth() throws Exception {
        List<Found> found = in("[{\"a\":{\"b\":[{\"organizationId\":3}]}},{\"jurisdictionCode\":\"360823\",\"targetMemberId\":1}]", null);
        assertEquals(
                List.of(new Found(Kind.ORGANIZATION, "3", "[0].a.b[0].organizationId"),
                        new Found(Kind.JURISDICTION, "360823", "[1].jurisdictionCode")),
                found);
    }

    @Test
    void aReceivingOrganizationIsNoReference() throws Exception {
        assertEquals(List.of(), in("{\"toOrganizationId\":9}", Action.class));
    }

    @Test
    void nullsAndOtherValuesAreSkipped() throws Exception {
        assertEquals(List.of(), in("{\"memberId\":null,\"attendance\":null,\"organizationId\":{\"x\":1}}", Held.class));
        JsonNode scalar = JSON.readTree("42");
        assertEquals(List.of(), references.in(scalar, Held.class));
    }

    interface Resource {
        void write(@PathParam("code") String code, @QueryParam("dryRun") boolean dryRun, Held body);
    }

    @Test
    void theEntityParameterIsTheOneWithoutJaxRsAnnotations() throws Exception {
        Method write = Resource.class.getMethod("write", String.class, boolean.class, Held.class);
        assertEquals(Held.class, AuthorizationFilter.entityType(write));
    }
}
