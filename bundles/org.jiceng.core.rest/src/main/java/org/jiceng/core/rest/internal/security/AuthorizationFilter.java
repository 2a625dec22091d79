package org.jiceng.core.rest.internal.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.Path;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;

import org.jiceng.common.ForbiddenException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.UnauthorizedException;
import org.jiceng.security.AccessControl;
import org.jiceng.security.Caller;
import org.jiceng.security.CallerContext;
import org.jiceng.security.RequiresRole;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Authorization of every REST operation, core and modules alike, after the resource is matched:
 * the role (declared with {@link RequiresRole}, else reads need any role and writes a role that
 * may write) and the jurisdiction scope of everything the request names — the {@code {code}}
 * path parameter (every module path has one), records addressed by id, the {@code jurisdiction},
 * {@code organizationId} and {@code memberId} parameters, and every reference in a JSON body, nested
 * ones included ({@link BodyReferences}). For every caller, administrators included, the fields of
 * a JSON body that name the acting account come from the login ({@link BodyActors}).
 * Out-of-scope answers are the same 404 as for missing records, so nothing leaks.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
public class AuthorizationFilter implements ContainerRequestFilter {
    static final String JURISDICTION = "jurisdiction";
    private static final int MAX_SCANNED_BODY = 8 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccessControl access;
    private final Scopes scopes;
    private final BodyTypes types = new BodyTypes();
    /** What a body names: conventional fields and declared references (a receiving organization of a transfer is deliberately neither). */
    private final BodyReferences references = new BodyReferences(types);
    /** Who a body says did it: declared {@link org.jiceng.security.Actor} fields, filled in from the login. */
    private final BodyActors actors = new BodyActors(types);
    /**
     * Each operation's body type and whether it declares actor fields, found once per method instead of per request;
     * kept with the resource's class, so a module's classes are not held here once the module is gone.
     */
    private final ClassValue<Map<Method, BodyOf>> bodies = new ClassValue<>() {
        @Override
        protected Map<Method, BodyOf> computeValue(Class<?> resource) {
            return new ConcurrentHashMap<>();
        }
    };

    /** The type an operation reads its body as (null: none, or untyped), and whether it can hold an actor field. */
    private record BodyOf(java.lang.reflect.Type type, boolean namesActors) {
    }

    @Activate
    public AuthorizationFilter(@Reference AccessControl access, @Reference Scopes scopes) {
        this.access = access;
        this.scopes = scopes;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!CallerContext.isBound()) {
            if (RequestGate.isPublic(request)) { // the gate let it through without a caller
                return;
            }
            throw new UnauthorizedException("Credentials required");
        }
        Caller caller = CallerContext.current();
        CurrentRequest.Matched matched = CurrentRequest.operation();
        if (matched == null || matched.method() == null) {
            return; // nothing matched: no resource runs
        }
        Method method = matched.method();
        checkRole(caller, method, request.getMethod());
        BodyOf bodyOf = bodies.get(method.getDeclaringClass()).computeIfAbsent(method,
                this::bodyOf);
        // an administrator's body is read here only for its actor fields (scope is not checked for them), so only when
        // its type declares some: most writes' bodies are then parsed once, by the resource
        boolean scanned = bodyOf.namesActors() || !caller.unrestricted();
        JsonNode body = scanned && request.hasEntity() && MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())
                ? readBody(request)
                : null;
        if (body != null && bodyOf.namesActors()) {
            fillActors(caller, request, body, bodyOf.type()); // every caller: administrators are unrestricted in scope, not in identity
        }
        if (caller.unrestricted()) {
            return;
        }
        String template = template(matched.resourceClass(), method);
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        boolean jurisdictionInPath = path.containsKey("code");
        if (jurisdictionInPath) {
            requireVisible(caller, path.getFirst("code"));
        }
        for (Map.Entry<String, List<String>> p : path.entrySet()) {
            if ("code".equals(p.getKey())) {
                continue;
            }
            var addressed = scopes.addressedBy(template, p.getKey());
            if (addressed.isPresent()) {
                List<String> codes = scopes.jurisdictionsOf(addressed.get(), p.getValue().get(0));
                if (codes != null && !codes.isEmpty() && codes.stream().noneMatch(c -> access.canSee(caller, c))) {
                    throw new NotFoundException("No " + singular(template) + " '" + p.getValue().get(0) + "'");
                }
            } else if (!jurisdictionInPath && isRecordId(p.getKey()) && p.getValue().get(0).matches("\\d+")) {
                // A core path addressing a record the scopes do not know: refuse rather than guess.
                throw new ForbiddenException("This operation is for administrators: " + template);
            }
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (String code : query.getOrDefault(JURISDICTION, List.of())) {
            requireVisible(caller, code);
        }
        for (String id : query.getOrDefault("organizationId", List.of())) {
            checkOrganization(caller, id);
        }
        for (String id : query.getOrDefault("memberId", List.of())) {
            checkMember(caller, id);
        }
        if (body != null) {
            checkBody(caller, body, bodyOf.type());
        }
    }

    private BodyOf bodyOf(Method method) {
        java.lang.reflect.Type type = entityType(method);
        return new BodyOf(type, actors.declaredIn(type));
    }

    private static void checkRole(Caller caller, Method method, String httpMethod) {
        RequiresRole declared = method.getAnnotation(RequiresRole.class);
        CallerChecks.requireRole(caller, declared != null ? declared : method.getDeclaringClass().getAnnotation(RequiresRole.class), httpMethod);
    }

    /** Reads the JSON body once and puts it back for the resource; null when it is malformed (the resource's reader answers 400). */
    private static JsonNode readBody(ContainerRequestContext request) throws IOException {
        byte[] body = request.getEntityStream().readNBytes(MAX_SCANNED_BODY + 1);
        request.setEntityStream(new ByteArrayInputStream(body));
        if (body.length > MAX_SCANNED_BODY) {
            throw new javax.ws.rs.WebApplicationException(413);
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** Who did it is the login: fills in the body's actor fields, refuses one naming another account, and hands the resource the result. */
    private void fillActors(Caller caller, ContainerRequestContext request, JsonNode body, java.lang.reflect.Type type) throws IOException {
        if (actors.fill(body, type, caller.username())) {
            byte[] filled = JSON.writeValueAsBytes(body);
            request.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(filled.length));
            request.setEntityStream(new ByteArrayInputStream(filled));
        }
    }

    /** Checks what the body refers to. */
    private void checkBody(Caller caller, JsonNode body, java.lang.reflect.Type type) {
        for (BodyReferences.Found reference : references.in(body, type)) {
            switch (reference.kind()) {
                case JURISDICTION -> requireVisible(caller, reference.value());
                case ORGANIZATION -> checkOrganization(caller, reference.value());
                case MEMBER -> checkMember(caller, reference.value());
            }
        }
    }

    /** The type the resource reads its body as: the one parameter that JAX-RS does not fill from the request's parts. */
    static java.lang.reflect.Type entityType(Method method) {
        java.lang.annotation.Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            if (java.util.Arrays.stream(annotations[i]).noneMatch(a -> a.annotationType().getPackageName().startsWith("javax.ws.rs"))) {
                return method.getGenericParameterTypes()[i];
            }
        }
        return null;
    }

    private void checkOrganization(Caller caller, String id) {
        String code = lookup(id, scopes::jurisdictionOfOrganization);
        if (code != null && !access.canSee(caller, code)) {
            throw new NotFoundException("Organization", id);
        }
    }

    private void checkMember(Caller caller, String id) {
        String code = lookup(id, scopes::jurisdictionOfMember);
        if (code != null && !access.canSee(caller, code)) {
            throw new NotFoundException("Member", id);
        }
    }

    /** The jurisdiction of a record, or null when the id is malformed or unknown (the resource then answers 400/404 itself). */
    private static String lookup(String id, java.util.function.LongFunction<String> jurisdictionOf) {
        try {
            return jurisdictionOf.apply(Long.parseLong(id.trim()));
        } catch (NumberFormatException | org.jiceng.common.JicengException e) {
            return null;
        }
    }

    private void requireVisible(Caller caller, String code) {
        CallerChecks.requireVisible(access, caller, code);
    }

    private static boolean isRecordId(String parameter) {
        return "id".equals(parameter) || parameter.endsWith("Id");
    }

    /** The resource's path template without leading or trailing slashes, e.g. {@code members/{id}/events}. */
    static String template(Class<?> type, Method method) {
        Path classPath = type.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        String joined = (classPath == null ? "" : classPath.value()) + "/" + (methodPath == null ? "" : methodPath.value());
        return joined.replaceAll("/+", "/").replaceAll("^/|/$", "");
    }

    private static String singular(String template) {
        String first = template.split("/")[0];
        return first.endsWith("s") ? first.substring(0, first.length() - 1) : first;
    }
}
