package org.jiceng.module.wugang.serviceday.internal;

/** Why a cadre may sit on a village's service day and act as agent there. */
public enum DutyRole {
    /** 村干部: holds a current post in the village (a core position of the village). */
    VILLAGE_CADRE,
    /** 驻村干部: stationed in the village (an active core assignment to it, e.g. the first secretary). */
    STATIONED_CADRE
}
