package org.jiceng.module.guangzong.dossieraudit.internal;

/** Where a dossier stands in a campaign. */
public enum DossierStatus {
    /** In scope, not audited yet. */
    PENDING,
    /** Audited with findings, not all of them fixed and re-audited yet. */
    FINDINGS,
    /** Audited without findings, or re-audited after every finding was fixed. */
    PASSED
}
