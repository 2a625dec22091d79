package org.jiceng.common;

/**
 * The server is already doing as much heavy work of this kind (imports, exports) as it is
 * configured to; the client should try again after {@link #retryAfterSeconds()}. Refusing is what
 * keeps one county's bulk work from exhausting the memory every county shares.
 */
public class BusyException extends JicengException {
    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public BusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Sent as the {@code Retry-After} header. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String problemType() {
        return "busy";
    }

    @Override
    public String title() {
        return "Too Many Requests";
    }
}
