package org.jiceng.bulk;

/** What a file holds. */
public enum ImportKind {
    /** Natural key: jurisdiction code + organization name. */
    ORGANIZATIONS,
    /** Natural key: ID card number, else member number. */
    MEMBERS,
    /** Positions of cadres; natural key: member ID card number + unit + title + start date. */
    CADRES
}
