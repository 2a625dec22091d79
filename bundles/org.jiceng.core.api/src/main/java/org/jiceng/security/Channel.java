package org.jiceng.security;

/** The interface a call came through, as recorded in the audit trail. */
public enum Channel {
    REST, SOAP, SHELL, IMPORT, SCHEDULER, SYSTEM
}
