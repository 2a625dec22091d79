package org.jiceng.registry;

/** Gender as recorded in the member file. */
public enum Gender {
    MALE, FEMALE
}
