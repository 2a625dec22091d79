package org.jiceng.problem;

/** The kinds of entry in a problem's history, also the last segment of the event topic. */
public enum ProblemChange {
    FOUND, PLANNED, PROGRESS, RECTIFIED, VERIFIED, REOPENED
}
