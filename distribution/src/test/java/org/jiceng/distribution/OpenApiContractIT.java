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
@DatabaseIndependent
class OpenApiContractIT {
    private static final String MODULE = "wugang-service-day";
    private static JicengServer server;
    private static Api api;
    private static JsonNode document;

    /** Modules this class installed (the document is checked with every shipped module in it), uninstalled after. */
    private static final List<String> installedHere = new ArrayList<>();

    @BeforeAll
    static void boot() throws Exception {
        server = JicengServer.get();
        api = new Api(server);
        boolean serviceDayInstalled = server.shell("feature:list -i").contains("jiceng-" + MODULE + " ");
        ModuleInstall.installAndEnable(server, api, MODULE, "430581", "村级集中服务日", "/catalogue");
        if (!serviceDayInstalled) {
            installedHere.add(MODULE);
        }
        List<String> modules = SecurityIT.shippedModules(server.home);
        installedHere.addAll(ModuleInstall.installMissing(server, modules));
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!modules.stream().allMatch(m -> api.anonymous().get("/openapi.json").body().contains("/" + m + "/"))) {
            assertTrue(System.nanoTime() < deadline, "every shipped module's operations appear in the document");
            JicengServer.sleep(500);
        }
        document = api.anonymous().get("/openapi.json").json();
    }

    @org.junit.jupiter.api.AfterAll
    static void uninstallWhatWasInstalledHere() {
        ModuleInstall.uninstall(server, installedHere);
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

    /**
     * The standard parser reads the document without a message, and a linter with the ruleset we
     * hold the public API to finds nothing: an id, a summary and a tag on every operation, paths in
     * hyphen-case, parameters and properties in camelCase, models as named components. Not in the
     * ruleset: the info's contact and licence (the deploying province's, not the software's), a
     * long description beside the summary, and an example and description on every property.
     */
    @Test
    void theDocumentParsesCleanlyAndPassesThePublicApiRuleset() throws Exception {
        String json = Api.JSON.writeValueAsString(document);
        var parsed = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(json, null, new io.swagger.v3.parser.core.models.ParseOptions());
        assertEquals(List.of(), parsed.getMessages(), "the standard OpenAPI parser's messages");

        org.eclipse.microprofile.openapi.models.OpenAPI model = io.smallrye.openapi.runtime.io.OpenApiParser
                .parse(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        io.smallrye.openapi.runtime.io.Format.JSON, null);
        var naming = org.openapitools.openapistylevalidator.ValidatorParameters.NamingConvention.class;
        var rules = new org.openapitools.openapistylevalidator.ValidatorParameters().setValidateInfoLicense(false).setValidateInfoContact(false)
                .setValidateInfoDescription(true).setValidateOperationOperationId(true).setValidateOperationSummary(true)
                .setValidateOperationTag(true).setValidateOperationDescription(false).setValidateModelPropertiesExample(false)
                .setValidateModelPropertiesDescription(false).setValidateModelRequiredProperties(true).setValidateModelNoLocalDef(true)
                .setValidateNaming(true).setPathNamingConvention(Enum.valueOf(naming, "HyphenCase"))
                .setPropertyNamingConvention(Enum.valueOf(naming, "CamelCase")).setQueryParamNamingConvention(Enum.valueOf(naming, "CamelCase"))
                .setPathParamNamingConvention(Enum.valueOf(naming, "CamelCase"))
                // OAuth 2.0's token response names its fields so (RFC 6749, 5.1): clients expect them.
                .setAllowedModelProperties(List.of("access_token", "token_type", "expires_in"));
        List<String> errors = new ArrayList<>();
        for (var error : new org.openapitools.openapistylevalidator.OpenApiSpecStyleValidator(model).validate(rules)) {
            String text = error.toString();
            // A file a browser saves keeps its extension: /exports/members.xlsx and …/results/{year}.xlsx are hyphen-case up to it.
            if (!text.matches(".*in path \\S+\\.(xlsx|pdf) '([a-z-]+|\\{[a-zA-Z]+})\\.(xlsx|pdf)' -> path should be in hyphen-case.*")) {
                errors.add(text);
            }
        }
        System.out.printf("OpenAPI lint: %d operations, %d findings of the public API ruleset%n", operations().size(), errors.size());
        assertEquals(List.of(), errors);
    }

    /**
     * One schema per type: two request bodies named alike (the checklists' and the procedures'
     * {@code Start}, two counties' {@code NewDelegate}) were one schema, and one operation was
     * documented with the other's body. The server logs any name it gives to a second type.
     */
    @Test
    void everySchemaIsOneTypes() {
        JsonNode schemas = document.at("/components/schemas");
        for (String name : List.of("ChecklistResourceNewEvaluation", "ProcedureResourceStart", "XingningTownCongressDelegatesNewDelegate",
                "WugangStandingDelegatesDelegatesResourceNewDelegate")) {
            assertTrue(schemas.has(name), "a schema of its own: " + name);
        }
        assertEquals(List.of(), server.logLines("OpenAPI schema name"), "schema names given to two types");
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
        JsonNode kind = document.at("/paths/~1imports/post/parameters/0");
        assertEquals("kind", kind.get("name").asText(), kind.toString());
        assertTrue(kind.get("required").asBoolean(), "a query parameter the server requires is marked required: " + kind);
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

    /**
     * The core's operations (modules version themselves) against the baseline recorded at the last
     * release: none may disappear, change its id, or gain a required parameter. Run with
     * {@code -Djiceng.openapi.baseline=update} at a release to record the live document instead.
     */
    @Test
    void theCoresOperationsStayCompatibleWithTheLastRelease() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("jiceng.it.openapi.baseline.file"));
        Map<String, String> live = new java.util.TreeMap<>();
        for (Map.Entry<String, JsonNode> op : operations()) {
            String path = op.getKey().substring(op.getKey().indexOf(' ') + 1);
            if (!path.matches("/jurisdictions/\\{code\\}/[a-z0-9]+(-[a-z0-9]+)+(/.*)?")) {
                live.put(op.getKey().toUpperCase(java.util.Locale.ROOT).substring(0, op.getKey().indexOf(' ')) + " " + path,
                        signature(op.getValue()));
            }
        }
        if ("update".equals(System.getProperty("jiceng.openapi.baseline"))) {
            List<String> lines = new ArrayList<>(
                    List.of("# The core's REST operations as last released: method path operationId required-parameters.",
                            "# OpenApiContractIT fails when one disappears, changes its id or gains a required parameter."));
            live.forEach((op, sig) -> lines.add(op + " " + sig));
            java.nio.file.Files.write(file, lines);
        }
        List<String> breaks = new ArrayList<>();
        int checked = 0;
        for (String line : java.nio.file.Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            checked++;
            String[] f = line.split(" ", 4);
            String op = f[0] + " " + f[1];
            String now = live.get(op);
            if (now == null) {
                breaks.add(op + " was removed");
                continue;
            }
            String[] n = now.split(" ", 2);
            if (!n[0].equals(f[2])) {
                breaks.add(op + " changed its id from " + f[2] + " to " + n[0]);
            }
            Set<String> before = new HashSet<>(List.of(f.length > 3 ? f[3].split(",") : new String[0]));
            for (String required : n.length > 1 ? n[1].split(",") : new String[0]) {
                if (!before.contains(required)) {
                    breaks.add(op + " now requires " + required);
                }
            }
        }
        System.out.printf("OpenAPI: %d core operations checked against the baseline, %d live%n", checked, live.size());
        assertTrue(checked > 50, "baseline operations: " + checked);
        assertEquals(List.of(), breaks);
    }

    /** operationId, then the required parameters (and "body" for a required request body), comma-separated. */
    private static String signature(JsonNode op) {
        List<String> required = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            if (p.path("required").asBoolean()) {
                required.add(p.get("in").asText() + ":" + p.get("name").asText());
            }
        }
        if (op.path("requestBody").path("required").asBoolean()) {
            required.add("body");
        }
        java.util.Collections.sort(required);
        return op.path("operationId").asText() + (required.isEmpty() ? "" : " " + String.join(",", required));
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
