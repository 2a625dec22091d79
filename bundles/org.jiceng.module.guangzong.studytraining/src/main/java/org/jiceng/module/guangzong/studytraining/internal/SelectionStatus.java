package org.jiceng.module.guangzong.studytraining.internal;

/** A top scorer selected for revolutionary-site training, and then trained there. */
public enum SelectionStatus {
    SELECTED, TRAINED
}
