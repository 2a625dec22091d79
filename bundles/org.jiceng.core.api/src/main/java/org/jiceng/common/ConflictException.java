package org.jiceng.common;

/** The request clashes with the current state: a stale version, a duplicate key, a dependent record. */
public class ConflictException extends JicengException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String problemType() {
        return "conflict";
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
