package org.jiceng.problem;

/** Who found the problem: inspection tour 巡察, supervision 督查/督导, resident contact 驻点联系群众, feedback 反馈, other. */
public enum ProblemSource {
    INSPECTION_TOUR, SUPERVISION, RESIDENT_CONTACT, FEEDBACK, OTHER
}
