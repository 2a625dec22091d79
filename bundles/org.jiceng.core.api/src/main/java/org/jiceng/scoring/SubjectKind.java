package org.jiceng.scoring;

/** What a scheme scores: organizations, people (members), assignments or jurisdictions. */
public enum SubjectKind {
    ORGANIZATION, PERSON, ASSIGNMENT, JURISDICTION
}
