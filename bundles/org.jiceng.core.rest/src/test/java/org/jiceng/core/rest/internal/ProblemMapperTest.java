package org.jiceng.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.registry.PartyOrganization;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;

class ProblemMapperTest {
    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void jicengErrorsKeepTheirStatusAndDetails() {
        assertEquals(404, mapper.toProblem(new NotFoundException("Organization", 5)).getStatus());
        assertEquals(409, mapper.toProblem(new ConflictException("stale")).getStatus());
        Problem rule = mapper.toProblem(new RuleViolationException("no-skip", "stage skipped"));
        assertEquals(422, rule.getStatus());
        assertEquals("no-skip", rule.getRule());
        Problem invalid = mapper.toProblem(new ValidationException("name", "is required"));
        assertEquals(400, invalid.getStatus());
        assertEquals("name", invalid.getErrors().get(0).field());
    }

    @Test
    void anUnknownPathIsNotReadyUntilTheServerHasBeenReadyOnce() {
        boolean[] ready = {false};
        mapper.readiness = () -> ready[0];
        Problem starting = mapper.toProblem(new javax.ws.rs.NotFoundException());
        assertEquals(503, starting.getStatus());
        assertEquals("https://jiceng.org/problems/not-ready", starting.getType());
        // A record that does not exist is missing whether or not the server is ready.
        assertEquals(404, mapper.toProblem(new NotFoundException("Organization", 5)).getStatus());
        ready[0] = true;
        Problem missing = mapper.toProblem(new javax.ws.rs.NotFoundException());
        assertEquals(404, missing.getStatus());
        assertEquals("https://jiceng.org/problems/not-found", missing.getType());
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503ToRetryNotAnInternalError() {
        // As EclipseLink reports a statement on a connection PostgreSQL closed while shutting down.
        RuntimeException lost = new IllegalStateException("Exception [EclipseLink-4002]",
                new RuntimeException("DatabaseException", new java.sql.SQLException("terminating connection due to administrator command", "57P01")));
        Problem p = mapper.toProblem(lost);
        assertEquals(503, p.getStatus());
        assertEquals("https://jiceng.org/problems/database-unavailable", p.getType());
        javax.ws.rs.core.Response r = mapper.toResponse(lost);
        assertEquals(503, r.getStatus());
        assertEquals("5", r.getHeaderString("Retry-After"));
        // Any other database error stays an internal one.
        RuntimeException syntax = new IllegalStateException(new java.sql.SQLException("syntax error", "42601"));
        assertEquals(500, mapper.toProblem(syntax).getStatus());
        assertEquals(null, mapper.toResponse(syntax).getHeaderString("Retry-After"));
    }

    @Test
    void withoutTheHealthBundleAnUnknownPathIsNotFound() {
        assertEquals(404, mapper.toProblem(new javax.ws.rs.NotFoundException()).getStatus());
    }

    @Test
    void malformedJsonNamesTheFieldWithoutClassNames() {
        JsonMappingException e = assertThrowsMapping("{\"starRating\": \"many\"}");
        Problem p = mapper.toProblem(e);
        assertEquals(400, p.getStatus());
        assertEquals("starRating", p.getErrors().get(0).field());
        assertFalse(p.getErrors().get(0).reason().contains("org.jiceng"), p.getErrors().get(0).reason());
    }

    @Test
    void unexpectedErrorsRevealNothing() {
        Problem p = mapper.toProblem(new IllegalStateException("SELECT * FROM secret"));
        assertEquals(500, p.getStatus());
        assertTrue(p.getDetail().contains("logged"));
        assertFalse(p.getDetail().contains("secret"));
    }

    private static JsonMappingException assertThrowsMapping(String json) {
        try {
            JsonProvider.mapper().readValue(json, PartyOrganization.class);
        } catch (JsonMappingException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no mapping error for " + json);
    }
}
