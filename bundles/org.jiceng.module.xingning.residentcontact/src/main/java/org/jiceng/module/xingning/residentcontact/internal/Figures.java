package org.jiceng.module.xingning.residentcontact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.jiceng.common.Shares;

/** A year of 驻点联系群众 in figures: visits against the register, problems collected and how far each level took them, in all and per town. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "figures")
public class Figures {
    public String jurisdictionCode;
    public int year;
    public LocalDate asOf;
    public FigureRow total;
    @XmlElement(name = "town")
    public List<FigureRow> perTown = new ArrayList<>();

    /** The whole, or one town. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "figureRow")
    public static class FigureRow {
        public String key;
        public String name;
        /** Villages whose households are registered. */
        public long villages;
        /** Cadres stationed now (each counted once however many villages they are stationed in). */
        public long stationedCadres;
        public long households;
        /** Different households visited in the year, never more than a village registers. */
        public long householdsVisited;
        /** 进户率: householdsVisited / households. */
        public BigDecimal visitRate;
        public long visits;
        /** Problems raised in the year (收集群众反映的问题). */
        public long collected;
        /** Of them, raised on a household visit. */
        public long raisedOnVisits;
        public long resolved;
        /** 办结率: resolved / collected. */
        public BigDecimal resolvedRate;
        public long open;
        /** Open and past the deadline of the level handling them. */
        public long overdue;
        public long escalatedToTown;
        public long escalatedToCity;
        @XmlElement(name = "level")
        public List<LevelRow> perLevel = new ArrayList<>();

        void add(FigureRow o) {
            villages += o.villages;
            stationedCadres += o.stationedCadres;
            households += o.households;
            householdsVisited += o.householdsVisited;
            visits += o.visits;
            collected += o.collected;
            raisedOnVisits += o.raisedOnVisits;
            resolved += o.resolved;
            open += o.open;
            overdue += o.overdue;
            escalatedToTown += o.escalatedToTown;
            escalatedToCity += o.escalatedToCity;
            for (int i = 0; i < perLevel.size(); i++) {
                perLevel.get(i).add(o.perLevel.get(i));
            }
        }

        void rates() {
            visitRate = Shares.of(householdsVisited, households);
            resolvedRate = Shares.of(resolved, collected);
        }

        static FigureRow empty(String key, String name) {
            FigureRow r = new FigureRow();
            r.key = key;
            r.name = name;
            for (Level l : Level.values()) {
                LevelRow lr = new LevelRow();
                lr.level = l;
                lr.levelZh = l.zh();
                r.perLevel.add(lr);
            }
            return r;
        }
    }

    /** One level of the three: problems that reached it, resolved there, still there, overdue there. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "levelRow")
    public static class LevelRow {
        public Level level;
        public String levelZh;
        public long reached;
        public long resolved;
        public long open;
        public long overdue;

        void add(LevelRow o) {
            reached += o.reached;
            resolved += o.resolved;
            open += o.open;
            overdue += o.overdue;
        }
    }
}
