package org.jiceng.common;

/** One rejected input field and why, e.g. {@code ("starRating", "must be between 1 and 5")}. */
public record FieldError(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
