package org.jiceng.common;

/**
 * A well-formed request that a business rule refuses (e.g. a stage skipped, a step taken out of
 * order). The rule id lets clients react without parsing the message.
 */
public class RuleViolationException extends JicengException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String problemType() {
        return "rule-violation";
    }

    @Override
    public String title() {
        return "Rule violated";
    }
}
