package org.jiceng.module.guangzong.dossieraudit.internal;

import java.util.ArrayList;
import java.util.List;

/** A campaign's figures in a jurisdiction's subtree, and per township. */
public class AuditFigures {
    public long campaignId;
    public String code;
    public CampaignStatus status;
    public int ageLimit;
    public Counts total = new Counts();
    /** Findings per criterion (真实, 准确, 完整, 规范), fixed or not. */
    public List<CriterionCount> byCriterion = new ArrayList<>();
    public List<TownshipCounts> byTownship = new ArrayList<>();

    /** Dossiers by where they stand. */
    public static class Counts {
        /** Members in scope (dossiers of the campaign). */
        public long inScope;
        /** Dossiers audited (passed, or with findings). */
        public long audited;
        /** Dossiers audited with at least one finding. */
        public long withFindings;
        /** Of those, dossiers whose findings are all fixed and which passed the re-audit. */
        public long fixed;
        public long findings;
        public long findingsFixed;
    }

    public static class CriterionCount {
        public Criterion criterion;
        public String nameZh;
        public long findings;
        public long fixed;
    }

    public static class TownshipCounts extends Counts {
        public String townshipCode;
        public String townshipName;
    }
}
