package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The live OpenAPI document as a client generator reads it: unique, meaningful operation ids (a
 * module's prefixed with its id), ids in paths typed int64, and the error answers as
 * problem+json.
 */
class OpenApiContractIT {
    private static final String MODULE = "wugang-service-day";
    private static JicengServer server;
    private static Api api;
    private static JsonNode document;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
        ModuleInstall.installAndEnable(server, api, MODULE, "430581", "村级集中服务日", "/catalogue");
        server.waitFor("/api/v1/openapi.json", Duration.ofSeconds(30));
        document = api.anonymous().get("/openapi.json").json();
    }

    @Test
    void everyOperationHasAUniqueMeaningfulId() {
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (Map.Entry<String, JsonNode> op : operations()) {
            count++;
            String id = op.getValue().path("operationId").asText("");
            if (id.isEmpty() || id.matches("[a-z]+_\\d+") || !ids.add(id)) {
                problems.add(op.getKey() + " → '" + id + "'");
            }
        }
        System.out.printf("OpenAPI: %d operations, %d distinct ids%n", count, ids.size());
        assertTrue(count > 100, "operations: " + count);
        assertEquals(List.of(), problems);
        assertEquals("getMember", document.at("/paths/~1members~1{id}/get/operationId").asText());
        assertEquals("findMember", document.at("/paths/~1members/get/operationId").asText());
    }

    @Test
    void aModulesOperationsArePrefixedWithItsId() {
        List<String> moduleIds = new ArrayList<>();
        for (Map.Entry<String, JsonNode> op : operations()) {
            if (op.getKey().contains("/jurisdictions/{code}/" + MODULE + "/")) {
                moduleIds.add(op.getValue().path("operationId").asText());
            }
        }
        assertTrue(moduleIds.size() >= 5, moduleIds.toString());
        assertTrue(moduleIds.stream().allMatch(id -> id.startsWith("wugangServiceDay")), moduleIds.toString());
    }

    @Test
    void idsInPathsAreInt64AndErrorsAreProblems() {
        JsonNode id = document.at("/paths/~1members~1{id}/get/parameters/0");
        assertEquals("id", id.get("name").asText());
        assertEquals("integer", id.at("/schema/type").asText(), id.toString());
        assertEquals("int64", id.at("/schema/format").asText(), id.toString());
        JsonNode problem = document.at("/components/schemas/ProblemDetails");
        assertTrue(problem.at("/properties/errors").isObject(), problem.toString());
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> op : operations()) {
            JsonNode responses = op.getValue().path("responses");
            String ref = responses.at("/401/content/application~1problem+json/schema/$ref").asText();
            boolean writes = op.getKey().startsWith("post ") || op.getKey().startsWith("put ") || op.getKey().startsWith("delete ");
            if (!ref.equals("#/components/schemas/ProblemDetails") || writes && !responses.has("422")
                    || op.getKey().contains("{id}") && !responses.has("404")) {
                missing.add(op.getKey());
            }
        }
        assertEquals(List.of(), missing);
    }

    /** "method path" → operation, over the whole document. */
    private static List<Map.Entry<String, JsonNode>> operations() {
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (method.getValue().has("responses")) {
                    all.add(Map.entry(method.getKey() + " " + path.getKey(), method.getValue()));
                }
            }
        }
        return all;
    }
}
