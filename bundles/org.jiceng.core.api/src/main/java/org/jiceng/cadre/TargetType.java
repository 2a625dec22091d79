package org.jiceng.cadre;

/** What an assignment points at: a Party organization (id), a village or other jurisdiction (code), or a sector domain (name). */
public enum TargetType {
    ORGANIZATION, JURISDICTION, SECTOR
}
