package org.jiceng.problem;

/** 问责: talk 约谈, letter of inquiry 函询, admonishment 诫勉谈话, recall 召回, disciplinary sanction 处分. */
public enum AccountabilityType {
    TALK, INQUIRY_LETTER, ADMONISHMENT, RECALL, SANCTION
}
