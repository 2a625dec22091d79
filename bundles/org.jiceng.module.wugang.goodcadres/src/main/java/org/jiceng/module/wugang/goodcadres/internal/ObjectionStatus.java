package org.jiceng.module.wugang.goodcadres.internal;

/** An objection is open until it is looked into: upheld (the nominee cannot pass the notice) or dismissed. */
public enum ObjectionStatus {
    OPEN, UPHELD, DISMISSED
}
