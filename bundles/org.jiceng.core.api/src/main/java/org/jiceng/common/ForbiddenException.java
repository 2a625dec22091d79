package org.jiceng.common;

/** The caller is authenticated but its role does not allow the operation (403). */
public class ForbiddenException extends JicengException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String problemType() {
        return "forbidden";
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
