package org.jiceng.core.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Type;
import java.util.List;

import org.jiceng.common.FieldError;
import org.jiceng.common.ValidationException;
import org.jiceng.security.Actor;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class BodyActorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Plan(String plan, @Actor String by, String foundBy) {
    }

    record Step(String note, @Actor String recordedBy) {
    }

    record Batch(String title, List<Step> steps, Step[] more) {
    }

    static class Bean {
        @Actor
        String filedBy;
        Step step;
    }

    record Plain(String name, List<String> tags, Plain parent) {
    }

    record Deep(Plain plain, List<Batch> batches) {
    }

    /** A body that refers to itself, as a tree does. */
    static class Node {
        Node parent;
        List<Node> children;
    }

    private final BodyActors actors = new BodyActors(new BodyTypes());

    private JsonNode filled(String json, Type type, boolean changes) throws Exception {
        JsonNode body = JSON.readTree(json);
        assertEquals(changes, actors.fill(body, type, "alice"));
        return body;
    }

    @Test
    void fillsAnAbsentNullOrBlankActorWithTheLogin() throws Exception {
        assertEquals("alice", filled("{\"plan\":\"p\"}", Plan.class, true).get("by").asText());
        assertEquals("alice", filled("{\"plan\":\"p\",\"by\":null}", Plan.class, true).get("by").asText());
        assertEquals("alice", filled("{\"plan\":\"p\",\"by\":\"  \"}", Plan.class, true).get("by").asText());
    }

    @Test
    void keepsTheLoginAndLeavesOtherWhoFieldsAlone() throws Exception {
        JsonNode body = filled("{\"plan\":\"p\",\"by\":\"alice\",\"foundBy\":\"县委巡察组\"}", Plan.class, false);
        assertEquals("alice", body.get("by").asText());
        assertEquals("县委巡察组", body.get("foundBy").asText());
    }

    @Test
    void refusesAnotherAccountOnTheFieldEvenForAnAdministrator() {
        ValidationException e = assertThrows(ValidationException.class, () -> filled("{\"by\":\"村党支部\"}", Plan.class, false));
        assertEquals(List.of(new FieldError("by", "is the account that is logged in (alice); it cannot name another")), e.errors());
        assertThrows(ValidationException.class, () -> filled("{\"by\":7}", Plan.class, false));
    }

    @Test
    void followsListsArraysAndBeansAndNamesEveryRefusedPath() throws Exception {
        JsonNode body = filled("{\"steps\":[{\"note\":\"a\"},{\"note\":\"b\",\"recordedBy\":\"alice\"}],\"more\":[{}]}", Batch.class, true);
        assertEquals("alice", body.at("/steps/0/recordedBy").asText());
        assertEquals("alice", body.at("/more/0/recordedBy").asText());
        ValidationException e = assertThrows(ValidationException.class,
                () -> filled("{\"steps\":[{\"recordedBy\":\"bob\"},{}],\"more\":[{\"recordedBy\":\"carol\"}]}", Batch.class, false));
        assertEquals(List.of("steps[0].recordedBy", "more[0].recordedBy"), e.errors().stream().map(FieldError::field).toList());
        JsonNode bean = filled("{\"step\":{}}", Bean.class, true);
        assertEquals("alice", bean.get("filedBy").asText());
        assertEquals("alice", bean.at("/step/recordedBy").asText());
    }

    @Test
    void knowsFromTheTypeAloneWhetherABodyCanNameAnActor() throws Exception {
        assertTrue(actors.declaredIn(Plan.class));
        assertTrue(actors.declaredIn(Bean.class), "a field of the bean and one of a nested record");
        assertTrue(actors.declaredIn(Batch.class), "through a list and an array");
        assertTrue(actors.declaredIn(Deep.class), "through a list of a nested type");
        assertTrue(actors.declaredIn(Plan[].class));
        assertTrue(actors.declaredIn(BodyActorsTest.class.getDeclaredField("steps").getGenericType()), "a List<Step>");
        assertFalse(actors.declaredIn(Plain.class), "no actor anywhere, itself among its fields");
        assertFalse(actors.declaredIn(Node.class), "a type that refers to itself ends");
        assertFalse(actors.declaredIn(String.class));
        assertFalse(actors.declaredIn(null), "an untyped body names no actor");
        // whatever declaredIn answers no for, fill never changes nor refuses
        assertFalse(actors.fill(JSON.readTree("{\"name\":\"x\",\"by\":\"bob\",\"parent\":{\"recordedBy\":\"bob\"}}"), Plain.class, "alice"));
    }

    /** For {@link #knowsFromTheTypeAloneWhetherABodyCanNameAnActor}: a generic field type. */
    @SuppressWarnings("unused")
    private List<Step> steps;

    @Test
    void untypedBodiesAndOtherShapesAreLeftAlone() throws Exception {
        assertFalse(actors.fill(JSON.readTree("{\"by\":\"bob\"}"), null, "alice"));
        assertFalse(actors.fill(JSON.readTree("[1,2]"), Plan.class, "alice"));
        assertTrue(actors.fill(JSON.readTree("[{},{}]"), Plan[].class, "alice"));
    }
}
