package org.jiceng.module.wugang.twocreations.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures the county reports (seed: 标准化党支部建设验收合格达标98.5%以上, 评定出19个示范化党支部).
 * The pass rate is the share accepted of the standardized applications the county decided in the
 * year; model branches are those holding the title, accepted in the year or before.
 */
public class Figures {
    public String jurisdictionCode;
    public int year;
    public LevelFigures standardized;
    public LevelFigures model;
    /** accepted / decided standardized applications of the year, four decimals. */
    public BigDecimal passShare;
    /** The same as a percentage with one decimal, e.g. "98.5". */
    public String passPercent;
    /** Branches accepted as model branches in the year or before. */
    public long modelBranches;
    /** Branches accepted as standardized in the year or before. */
    public long standardizedBranches;
    /** The same figures per township (and the county organs as one group), for the ranking of townships. */
    public List<TownshipFigures> townships = new ArrayList<>();

    /** How far the year's applications of one level have come. */
    public static class LevelFigures {
        public long applied;
        public long selfChecked;
        public long crossInspected;
        public long accepted;
        public long rejected;
        /** Applications not decided yet. */
        public long open;
    }

    /** One township's (or, with no code, the county organs') standardized pass rate and model branches. */
    public static class TownshipFigures {
        public String townshipCode;
        public String townshipName;
        public long decided;
        public long accepted;
        public BigDecimal passShare;
        public String passPercent;
        public long modelBranches;
    }
}
