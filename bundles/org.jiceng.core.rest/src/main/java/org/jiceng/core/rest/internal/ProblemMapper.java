package org.jiceng.core.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.jiceng.common.BusyException;
import org.jiceng.common.DatabaseUnavailableException;
import org.jiceng.common.FieldError;
import org.jiceng.common.JicengException;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.health.ServerReadiness;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where exceptions become HTTP answers, for the core and every module: Jiceng
 * errors keep their status, malformed JSON is a 400 naming the field, JAX-RS errors keep theirs,
 * a database that cannot be reached is a 503 with {@code Retry-After}, and anything unexpected is a 500 that is
 * logged here and shows no internals to the client.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private final Logger logger = LoggerFactory.getLogger(ProblemMapper.class);

    /** Seconds a client should wait before asking again while the server is starting. */
    static final int STARTING_RETRY_AFTER = 2;

    @Context
    private UriInfo uriInfo;

    private static final String DATABASE_UNAVAILABLE = new DatabaseUnavailableException("").problemType();
    private static final long DATABASE_WARNING_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);
    private final AtomicLong lastDatabaseWarning = new AtomicLong(
            System.nanoTime() - DATABASE_WARNING_INTERVAL_NANOS);
    private final AtomicLong unloggedDatabaseAnswers = new AtomicLong();

    /**
     * Absent only while the health bundle is not active; a starting server then answers as if it
     * were ready, which is what it did before readiness existed.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ServerReadiness readiness;

    @Override
    public Response toResponse(Throwable exception) {
        Problem problem = toProblem(exception);
        Response response = problem.withInstance(path()).toResponse();
        BusyException busy = cause(exception, BusyException.class);
        if (busy != null) {
            response.getHeaders().putSingle("Retry-After", String.valueOf(busy.retryAfterSeconds()));
        } else if (problem.getType().endsWith("/" + DATABASE_UNAVAILABLE)) {
            // toProblem has told it from the causes already: not walked a second time
            response.getHeaders().putSingle("Retry-After", String.valueOf(DatabaseUnavailableException.RETRY_AFTER_SECONDS));
        } else if (response.getStatus() == 503) {
            response.getHeaders().putSingle("Retry-After", String.valueOf(STARTING_RETRY_AFTER));
        }
        return response;
    }

    /**
     * The answer to a Jiceng error raised before JAX-RS maps exceptions (the request gate's
     * authentication): the same problem and {@code Retry-After} as {@link #toResponse} gives.
     */
    public static Response answer(JicengException e, String instance) {
        Response response = problemOf(e).withInstance(instance).toResponse();
        if (e instanceof BusyException busy) {
            response.getHeaders().putSingle("Retry-After", String.valueOf(busy.retryAfterSeconds()));
        }
        return response;
    }

    private static Problem problemOf(JicengException e) {
        Problem p = Problem.of(e.status(), e.problemType(), e.title(), e.getMessage());
        if (e instanceof ValidationException) {
            p.withErrors(((ValidationException) e).errors());
        }
        if (e instanceof RuleViolationException) {
            p.withRule(((RuleViolationException) e).rule());
        }
        return p;
    }

    Problem toProblem(Throwable exception) {
        JsonProcessingException json = cause(exception, JsonProcessingException.class);
        // CXF wraps what a body reader throws (a missing body) in a 400 of its own: the Jiceng error inside says more.
        JicengException jiceng = cause(exception, JicengException.class);
        if (jiceng != null) {
            return problemOf(jiceng);
        }
        if (json != null) {
            return malformedJson(json);
        }
        if (exception instanceof WebApplicationException) {
            Response r = ((WebApplicationException) exception).getResponse();
            int status = r.getStatus();
            String reason = r.getStatusInfo().getReasonPhrase();
            if (status == 404 && starting()) {
                // The JAX-RS application is still being built resource by resource: the path may exist in a moment.
                return Problem.of(503, "not-ready", "Not ready",
                        "The server is starting: this part of the API is not deployed yet; try again shortly");
            }
            String detail = status == 404 ? "No resource at this path" : exception.getMessage();
            if (status >= 500) {
                logger.error("Request failed", exception);
                detail = "The server could not complete the request";
            }
            return Problem.of(status, reason.toLowerCase().replace(' ', '-'), reason, detail);
        }
        if (exception instanceof IllegalArgumentException) {
            return Problem.of(400, "bad-request", "Bad Request", exception.getMessage());
        }
        if (cause(exception, java.io.IOException.class) != null && isClientGone(exception)) {
            // The client went away or the connection was closed (e.g. after a 413 mid-body): nothing to answer, nothing wrong here.
            logger.debug("Connection closed while answering {}", path(), exception);
            return Problem.of(400, "connection-closed", "Bad Request", "The connection was closed");
        }
        DatabaseUnavailableException database = DatabaseUnavailableException.of(exception);
        if (database != null) {
            // A condition of the platform (a database restarting or failing over), not a fault: no stack, and at most a line
            // every ten seconds, as every request meets it (the data source logs the outage's start and end).
            long now = System.nanoTime();
            long last = lastDatabaseWarning.get();
            if (now - last >= DATABASE_WARNING_INTERVAL_NANOS && lastDatabaseWarning.compareAndSet(last, now)) {
                logger.warn("{} on {}: {} ({} more such answers since the last line)", database.getMessage(), path(), innermostMessage(exception),
                        unloggedDatabaseAnswers.getAndSet(0));
            } else {
                unloggedDatabaseAnswers.incrementAndGet();
            }
            return problemOf(database);
        }
        logger.error("Unexpected error on {}", path(), exception);
        return Problem.of(500, "internal", "Internal Server Error", "The server could not complete the request; the error was logged");
    }

    private boolean starting() {
        ServerReadiness r = readiness;
        return r != null && !r.hasBeenReady();
    }

    /** Jetty reports a closed connection as an EofException (an IOException); matched by name, so no Jetty import. */
    private static boolean isClientGone(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t.getClass().getName().endsWith("EofException") || "Broken pipe".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static Problem malformedJson(JsonProcessingException e) {
        String field = "body";
        if (e instanceof JsonMappingException) {
            List<String> parts = new ArrayList<>();
            for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
                parts.add(ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]");
            }
            if (!parts.isEmpty()) {
                field = String.join(".", parts).replace(".[", "[");
            }
        }
        String reason;
        if (e instanceof UnrecognizedPropertyException) {
            reason = "unknown property; known: " + ((UnrecognizedPropertyException) e).getKnownPropertyIds();
        } else if (e instanceof InvalidFormatException) {
            reason = "cannot read '" + ((InvalidFormatException) e).getValue() + "' as " + typeName(((InvalidFormatException) e).getTargetType());
        } else if (e instanceof MismatchedInputException && ((MismatchedInputException) e).getTargetType() != null) {
            reason = "expected " + typeName(((MismatchedInputException) e).getTargetType());
        } else {
            // Parser messages describe the JSON text, never our classes; keep the first line.
            reason = String.valueOf(e.getOriginalMessage()).split("\n")[0];
        }
        return Problem.of(400, "malformed-body", "Malformed request body", "The request body is not valid JSON for this resource")
                .withErrors(List.of(new FieldError(field, reason)));
    }

    /** A type as a client knows it: enum values, "date", "number", never a Java class name. */
    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return "one of " + String.join(", ", names);
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date (yyyy-MM-dd)";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String innermostMessage(Throwable e) {
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return innermost.toString();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private String path() {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getPath();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
