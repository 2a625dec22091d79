package org.jiceng.module.guangzong.dossieraudit.internal;

public enum CampaignStatus {
    OPEN, CLOSED
}
