package org.jiceng.common;

/** The addressed entity does not exist (or is outside what the caller may see). */
public class NotFoundException extends JicengException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String entity, Object id) {
        super(entity + " '" + id + "' not found");
    }

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String problemType() {
        return "not-found";
    }

    @Override
    public String title() {
        return "Not Found";
    }
}
