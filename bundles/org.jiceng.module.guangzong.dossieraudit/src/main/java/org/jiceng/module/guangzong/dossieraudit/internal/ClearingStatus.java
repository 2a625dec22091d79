package org.jiceng.module.guangzong.dossieraudit.internal;

/** A listed village: still without a member developed, or cleared by an admission the core recorded. */
public enum ClearingStatus {
    LISTED, CLEARED
}
