package org.jiceng.module.guangzong.dossieraudit.internal;

/** One finding of an audit, as a request gives it: the kind (its criterion follows from it) and what exactly is wrong. */
public class FindingInput {
    public String kind;
    /** Optional; when given, the kind's criterion. */
    public String criterion;
    public String description;
}
