package org.jiceng.common;

/** The request clashes with the current state: a stale version, a duplicate key, a dependent record. */
public class ConflictException extends JicengException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    /**
     * Optimistic locking: refuses a change made against another version than the record's own
     * ("Target 5 is at version 3, not 2"), so a concurrent edit is detected and never lost.
     *
     * @param record what the record is, as the message names it ("Target")
     */
    public static void requireVersion(String record, Object id, long current, long claimed) {
        if (current != claimed) {
            throw new ConflictException(record + " " + id + " is at version " + current + ", not " + claimed);
        }
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
