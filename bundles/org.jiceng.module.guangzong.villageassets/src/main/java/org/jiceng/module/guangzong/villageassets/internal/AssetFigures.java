package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The venue ledger's figures in a subtree, and per township. */
// the nested types are named apart from the other figures' (JAXB maps them all into the module's one namespace)
public class AssetFigures {
    public String code;
    public Assets total = new Assets();
    public List<TownshipAssets> byTownship = new ArrayList<>();

    public static class Assets {
        public long venues;
        /** Venues the 两室 programme improved, and how: refitted, expanded, new. */
        public long improved;
        public long refitted;
        public long expanded;
        public long built;
        public BigDecimal investment = BigDecimal.ZERO;
        public long buildings;
        public BigDecimal buildingArea = BigDecimal.ZERO;
        public long grounds;
        public BigDecimal groundArea = BigDecimal.ZERO;
        /** Equipment lines and the pieces on them. */
        public long equipmentItems;
        public long equipmentPieces;
        /** Book value of everything on the ledgers. */
        public BigDecimal value = BigDecimal.ZERO;

        void add(VenueEntity v) {
            venues++;
            improved += v.improvement == Improvement.NONE ? 0 : 1;
            refitted += v.improvement == Improvement.REFITTED ? 1 : 0;
            expanded += v.improvement == Improvement.EXPANDED ? 1 : 0;
            built += v.improvement == Improvement.NEW ? 1 : 0;
            investment = investment.add(v.investment);
        }

        void add(ItemEntity i) {
            switch (i.category) {
                case BUILDING -> {
                    buildings++;
                    buildingArea = buildingArea.add(i.area);
                }
                case GROUND -> {
                    grounds++;
                    groundArea = groundArea.add(i.area);
                }
                case EQUIPMENT -> {
                    equipmentItems++;
                    equipmentPieces += i.quantity;
                }
            }
            value = value.add(i.unitValue.multiply(BigDecimal.valueOf(i.quantity)));
        }
    }

    public static class TownshipAssets extends Assets {
        public String townshipCode;
        public String townshipName;
    }
}
