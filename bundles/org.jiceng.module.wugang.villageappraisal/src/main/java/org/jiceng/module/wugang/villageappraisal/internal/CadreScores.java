package org.jiceng.module.wugang.villageappraisal.internal;

/** The township's hand scores of one cadre for the year (the dossier gives the other indicators). */
public class CadreScores {
    public Long cadreId;
    /** 发展集体经济与项目, 0–20. */
    public Double economy;
    /** 群众测评满意度, 0–100 percent. */
    public Double masses;
}
