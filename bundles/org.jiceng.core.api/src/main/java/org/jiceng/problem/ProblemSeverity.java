package org.jiceng.problem;

public enum ProblemSeverity {
    LOW, MEDIUM, HIGH
}
