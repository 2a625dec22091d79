package org.jiceng.cadre;

/** Rank of a post: 处级 division, 正科 section, 副科 deputy section, 科员 staff, 村（社区）干部 village cadre. */
public enum CadreRank {
    DIVISION, SECTION, DEPUTY_SECTION, STAFF, VILLAGE
}
