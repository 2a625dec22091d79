package org.jiceng.core.rest.internal;

import java.util.List;

import javax.ws.rs.core.Response;

import org.jiceng.common.FieldError;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 7807 problem details, the body of every REST error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://jiceng.org/problems/";

    private String type;
    private String title;
    private int status;
    private String detail;
    private String instance;
    private String rule;
    private List<FieldError> errors;

    public static Problem of(int status, String typeName, String title, String detail) {
        Problem p = new Problem();
        p.type = TYPE_BASE + typeName;
        p.title = title;
        p.status = status;
        p.detail = detail;
        return p;
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        this.errors = fieldErrors;
        return this;
    }

    public Problem withRule(String ruleId) {
        this.rule = ruleId;
        return this;
    }

    public Problem withInstance(String path) {
        this.instance = path;
        return this;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    public String getRule() {
        return rule;
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
