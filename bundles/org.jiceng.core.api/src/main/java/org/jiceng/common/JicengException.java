package org.jiceng.common;

/**
 * Base of the errors Jiceng services throw on purpose. Each maps to one HTTP status and one
 * problem type, so REST and SOAP report them the same way whichever bundle threw them.
 */
public abstract class JicengException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected JicengException(String message) {
        super(message);
    }

    /** HTTP status this error stands for. */
    public abstract int status();

    /** Short, stable problem type name, used as the last segment of the problem type URI. */
    public abstract String problemType();

    /** Short human title of the problem type. */
    public abstract String title();
}
