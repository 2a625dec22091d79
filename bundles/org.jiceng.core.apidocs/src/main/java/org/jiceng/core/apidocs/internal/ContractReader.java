package org.jiceng.core.apidocs.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

import org.jiceng.module.ModuleEndpoints;

import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;

import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.api.OpenAPIConfiguration;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Swagger's reader with what a client generator needs that the annotations do not say: operation
 * ids from the resource and its method ({@code getMember}, {@code findOrganization},
 * {@code wugangFirstSecretariesFigures}) instead of {@code get_4}; the error answers every
 * operation can give, as problem+json (schema {@value #PROBLEM}); and ids in paths typed as int64.
 * The ids depend on nothing but the class and method names, so they stay the same whichever
 * modules are installed and in whatever order the resources are read.
 */
final class ContractReader extends Reader {
    static final String PROBLEM = "ProblemDetails"; // "Problem" is the problems engine's record
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    private static final Set<String> BARE_VERBS = Set.of("get", "find", "list", "create", "update", "delete", "post", "put", "patch", "search");

    private final Set<String> used = new HashSet<>();

    ContractReader(OpenAPIConfiguration config) {
        super(config);
    }

    @Override
    protected Operation parseMethod(Class<?> cls, Method method, List<Parameter> globalParameters, Produces methodProduces, Produces classProduces,
            Consumes methodConsumes, Consumes classConsumes, List<SecurityRequirement> classSecurityRequirements,
            Optional<ExternalDocumentation> classExternalDocs, Set<String> classTags, List<Server> classServers, boolean isSubresource,
            RequestBody parentRequestBody, ApiResponses parentResponses, JsonView jsonViewAnnotation,
            io.swagger.v3.oas.annotations.responses.ApiResponse[] classResponses, AnnotatedMethod annotatedMethod) {
        Operation operation = super.parseMethod(cls, method, globalParameters, methodProduces, classProduces, methodConsumes, classConsumes,
                classSecurityRequirements, classExternalDocs, classTags, classServers, isSubresource, parentRequestBody, parentResponses,
                jsonViewAnnotation, classResponses, annotatedMethod);
        if (operation == null) {
            return null;
        }
        // The declaring class: the reader's own first argument is not always the resource class.
        String id = operationId(method.getDeclaringClass(), method);
        operation.setOperationId(unique(id));
        String module = moduleId(method.getDeclaringClass());
        if (module != null) {
            // A module's operations are grouped under its id, and a module that gives no summary gets
            // its method's words (recordResult: "Record result") rather than none.
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                operation.addTagsItem(module);
            }
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                operation.setSummary(words(id.substring(camel(module).length())));
            }
        }
        return operation;
    }

    /** {@code RecordResult} or {@code getSessions} as a sentence: "Record result", "Get sessions". */
    static String words(String camelCase) {
        String spaced = camelCase.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT).trim();
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /**
     * Completes what the reader built: types ids in paths and adds the error answers. Done on the
     * whole document because the reader adds a method's parameters only after {@link #parseMethod}.
     */
    static OpenAPI complete(OpenAPI api) {
        if (api.getPaths() != null) {
            for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
                PathItem item = path.getValue();
                for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
                    List<Parameter> parameters = new ArrayList<>();
                    if (item.getParameters() != null) {
                        parameters.addAll(item.getParameters());
                    }
                    if (e.getValue().getParameters() != null) {
                        parameters.addAll(e.getValue().getParameters());
                    }
                    declarePathParameters(path.getKey(), e.getValue(), parameters);
                    typePathIds(parameters);
                    typePaging(parameters);
                    addErrorAnswers(e.getValue(), e.getKey(), parameters);
                }
            }
        }
        nameEnumsOfSets(api);
        return api;
    }

    /**
     * A set of enum values ({@code Account.roles}, a {@code Set<Role>}) gets its enum as a named
     * schema ({@code AccountRole}) instead of an inline one: openapi-generator's Java client
     * ({@code native} library) writes code for a set of an inline enum that does not compile (its
     * query-string helper iterates the {@code Set<RolesEnum>} as strings). A list of an inline enum
     * is generated correctly and stays as it is.
     */
    @SuppressWarnings({"rawtypes", "unchecked"}) // swagger's schema model is raw
    static void nameEnumsOfSets(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Map<String, Schema> named = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Schema> schema : schemas.entrySet()) {
            Map<String, Schema> properties = schema.getValue().getProperties();
            if (properties == null) {
                continue;
            }
            for (Map.Entry<String, Schema> property : properties.entrySet()) {
                Schema items = property.getValue().getItems();
                if (Boolean.TRUE.equals(property.getValue().getUniqueItems()) && items != null && items.get$ref() == null && items.getEnum() != null
                        && !items.getEnum().isEmpty()) {
                    String name = schema.getKey() + SchemaNames.pascal(singular(property.getKey()));
                    if (!schemas.containsKey(name)) {
                        named.put(name, items);
                        property.getValue().setItems(new Schema<>().$ref("#/components/schemas/" + name));
                    }
                }
            }
        }
        named.forEach(schemas::put);
    }

    /** The name of one of a property's items: {@code roles} → {@code role}. */
    private static String singular(String plural) {
        return plural.length() > 1 && plural.endsWith("s") && !plural.endsWith("ss") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /**
     * {@code <verb><Resource>} when the method name is a bare verb ({@code get} of
     * {@code MemberResource} is {@code getMember}), else the method name, with the resource's name
     * appended when it does not already say it; a module's are prefixed with its id in camel case.
     */
    static String operationId(Class<?> cls, Method method) {
        String resource = cls.getSimpleName().replaceFirst("Resource$", "");
        String name = method.getName();
        String id = BARE_VERBS.contains(name) || !name.toLowerCase(Locale.ROOT).contains(resource.toLowerCase(Locale.ROOT)) ? name + resource : name;
        String module = moduleId(cls);
        return module == null ? id : camel(module) + Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /** The module id of a module resource, from its path {@code jurisdictions/{code}/<module-id>/…}; null for the core's. */
    static String moduleId(Class<?> cls) {
        Path path = cls.getAnnotation(Path.class);
        String value = path == null ? "" : path.value().replaceFirst("^/", "");
        if (!value.startsWith(ModuleEndpoints.JURISDICTION_SCOPE)) {
            return null;
        }
        String rest = value.substring(ModuleEndpoints.JURISDICTION_SCOPE.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String camel(String dashed) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : dashed.toCharArray()) {
            if (c == '-' || c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** A safety net: two resources of the same simple name in different bundles get a number. */
    private String unique(String id) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + n;
        }
        return candidate;
    }

    /** Path parameters named {@code id} or {@code …Id} are record ids: 64-bit integers. */
    /**
     * Every {@code {name}} of the path as a parameter: a resource method that does not read one (a
     * module's method that ignores {@code {code}}) still receives it, and a document that leaves it
     * out is invalid.
     */
    static void declarePathParameters(String path, Operation operation, List<Parameter> parameters) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}/]+)}").matcher(path);
        while (m.find()) {
            String name = m.group(1);
            if (parameters.stream().noneMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()))) {
                Parameter declared = new io.swagger.v3.oas.models.parameters.PathParameter().name(name).required(true)
                        .schema(new io.swagger.v3.oas.models.media.StringSchema());
                operation.addParametersItem(declared);
                parameters.add(declared);
            }
        }
    }

    private static void typePathIds(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            if ("path".equals(p.getIn()) && p.getName() != null && (p.getName().equals("id") || p.getName().endsWith("Id"))) {
                p.setSchema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ONE));
            }
        }
    }

    /**
     * Every list's {@code page} (from 0) and {@code size} (1–500) are integers, whatever type the
     * resource method reads them as (a string it parses, to answer a bad one with a 400 naming it).
     */
    private static void typePaging(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            if ("query".equals(p.getIn()) && "page".equals(p.getName())) {
                p.setSchema(new IntegerSchema().format("int32").minimum(java.math.BigDecimal.ZERO));
            } else if ("query".equals(p.getIn()) && "size".equals(p.getName())) {
                p.setSchema(new IntegerSchema().format("int32").minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(500)));
            }
        }
    }

    private static void addErrorAnswers(Operation operation, PathItem.HttpMethod method, List<Parameter> parameters) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean hasInput = !parameters.isEmpty() || operation.getRequestBody() != null;
        boolean addressed = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE
                || method == PathItem.HttpMethod.PATCH;
        if (hasInput) {
            problem(responses, "400", "Bad input: the problem's errors name each field and why (type validation)");
        }
        problem(responses, "401", "No valid credentials, or a token revoked or expired (type unauthorized)");
        problem(responses, "403", "The account's role may not do this (type forbidden)");
        if (addressed) {
            problem(responses, "404", "No such record in the caller's jurisdiction subtree, or the module is not enabled there (type not-found, "
                    + "module-not-enabled)");
        }
        if (writes) {
            problem(responses, "409", "The record changed since it was read (its version differs) or already exists (type conflict)");
            problem(responses, "422", "A rule of the domain refuses it; the problem's rule names which (type rule-violation)");
        }
        problem(responses, "429", "Too many failed logins from this source, or too much heavy work at once; see Retry-After "
                + "(type login-throttled, busy)");
        problem(responses, "503", "The server is starting or the module is being updated; see Retry-After (type not-ready, module-unavailable)");
        operation.setResponses(responses);
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)))));
        }
    }
}
