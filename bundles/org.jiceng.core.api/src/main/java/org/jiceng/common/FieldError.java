package org.jiceng.common;

/** One rejected input field and why, e.g. {@code ("starRating", "must be between 1 and 5")}. */
public final class FieldError {
    private String field;
    private String reason;

    public FieldError() {
    }

    public FieldError(String field, String reason) {
        this.field = field;
        this.reason = reason;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
