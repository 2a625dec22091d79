package org.jiceng.common;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Collects field errors and throws them together, so a client fixes a form in one round trip.
 * Usage: {@code Validator v = new Validator(); v.require("name", name); ...; v.throwIfInvalid();}
 */
public final class Validator {
    private final List<FieldError> errors = new ArrayList<>();

    public Validator require(String field, @Nullable Object value) {
        if (value == null || (value instanceof String && ((String) value).isBlank())) {
            errors.add(new FieldError(field, "is required"));
        }
        return this;
    }

    public Validator maxLength(String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return this;
    }

    public Validator range(String field, @Nullable Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.add(new FieldError(field, "must be between " + min + " and " + max));
        }
        return this;
    }

    public Validator check(boolean ok, String field, String reason) {
        if (!ok) {
            errors.add(new FieldError(field, reason));
        }
        return this;
    }

    /** The version an update claims to replace; an update without one is a 400, not a silent overwrite. */
    public static long requiredVersion(@Nullable Long version) {
        new Validator().require("version", version).throwIfInvalid();
        return version;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
