package org.jiceng.module.guangzong.dossieraudit.internal;

import java.util.ArrayList;
import java.util.List;

/** The clearing list's figures in a subtree, and per township. */
// the nested types are named apart from AuditFigures' (Counts, TownshipCounts): JAXB maps both into the module's one namespace
public class VillageFigures {
    public String code;
    public Clearing total = new Clearing();
    public List<TownshipClearing> byTownship = new ArrayList<>();

    public static class Clearing {
        /** Villages ever put on the list. */
        public long listed;
        /** Of those, cleared by an admission the core recorded. */
        public long cleared;
        /** Members admitted in the listed villages since their listing. */
        public long developed;
    }

    public static class TownshipClearing extends Clearing {
        public String townshipCode;
        public String townshipName;
    }
}
