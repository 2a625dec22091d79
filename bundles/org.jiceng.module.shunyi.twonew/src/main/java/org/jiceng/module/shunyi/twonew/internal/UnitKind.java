package org.jiceng.module.shunyi.twonew.internal;

import org.jiceng.registry.OrganizationField;

/** The two kinds of "two-new" organization (两新组织), each with the core's field its Party organizations belong to. */
public enum UnitKind {
    /** 非公有制企业 (一企一表). */
    ENTERPRISE("非公企业", OrganizationField.NON_PUBLIC_ENTERPRISE),
    /** 社会组织 (一社一表). */
    SOCIAL_ORGANIZATION("社会组织", OrganizationField.SOCIAL_ORGANIZATION);

    private final String zh;
    private final OrganizationField field;

    UnitKind(String zh, OrganizationField field) {
        this.zh = zh;
        this.field = field;
    }

    public String zh() {
        return zh;
    }

    /** The field of the core's Party organizations that may cover a unit of this kind. */
    public OrganizationField field() {
        return field;
    }
}
