package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.jiceng.common.FieldError;
import org.jiceng.common.ValidationException;
import org.junit.jupiter.api.Test;

class NoteRulesTest {

    @Test
    void aNoteNeedsATitle() {
        ValidationException e = assertThrows(ValidationException.class, () -> NoteRules.checkNew("  ", "text"));
        assertEquals(List.of("title"), fields(e));
    }

    @Test
    void everyTooLongFieldIsReportedAtOnce() {
        String tooLong = "x".repeat(NoteRules.BODY_MAX + 1);
        ValidationException e = assertThrows(ValidationException.class, () -> NoteRules.checkNew(tooLong, tooLong));
        assertEquals(List.of("title", "body"), fields(e));
    }

    @Test
    void limitsAreInclusiveAndTheBodyIsOptional() {
        assertDoesNotThrow(() -> NoteRules.checkNew("x".repeat(NoteRules.TITLE_MAX), "y".repeat(NoteRules.BODY_MAX)));
        assertDoesNotThrow(() -> NoteRules.checkNew("会议记录", null));
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }
}
