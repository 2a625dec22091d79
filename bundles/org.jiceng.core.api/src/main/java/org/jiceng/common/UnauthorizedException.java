package org.jiceng.common;

/** No valid credentials: missing, wrong, expired, or the account is locked or disabled (401). */
public class UnauthorizedException extends JicengException {
    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String problemType() {
        return "unauthorized";
    }

    @Override
    public String title() {
        return "Unauthorized";
    }
}
