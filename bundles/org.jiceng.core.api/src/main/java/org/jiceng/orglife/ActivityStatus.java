package org.jiceng.orglife;

/**
 * Where an activity is in 计划报备 → 纪实 → 归档: filed as PLANNED, recorded as HELD with its
 * attendance and minutes, then ARCHIVED (read-only); a PLANNED activity may be CANCELLED instead.
 */
public enum ActivityStatus {
    PLANNED, HELD, ARCHIVED, CANCELLED
}
