package org.jiceng.common;

import java.util.ArrayList;
import java.util.List;

/** Input that is malformed or out of range; carries every offending field, not just the first. */
public class ValidationException extends JicengException {
    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String reason) {
        this(List.of(new FieldError(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String problemType() {
        return "validation";
    }

    @Override
    public String title() {
        return "Invalid input";
    }

    private static String summary(List<FieldError> errors) {
        List<String> parts = new ArrayList<>();
        for (FieldError e : errors) {
            parts.add(e.toString());
        }
        return "Invalid input: " + String.join("; ", parts);
    }
}
