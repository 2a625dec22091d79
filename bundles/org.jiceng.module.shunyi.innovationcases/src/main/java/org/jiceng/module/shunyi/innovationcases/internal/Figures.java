package org.jiceng.module.shunyi.innovationcases.internal;

import java.time.LocalDate;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** The library in figures: cases by state and area, adoptions, per township. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "figures")
public class Figures {
    public String jurisdictionCode;
    public LocalDate asOf;
    public FigureRow total;
    @XmlElement(name = "area")
    public List<FigureRow> areas;
    @XmlElement(name = "township")
    public List<FigureRow> townships;

    /** One row: the whole, an area or a township. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "figureRow")
    public static class FigureRow {
        /** The area's name or the township's code; the scope's code for the total. */
        public String key;
        public String name;
        public long submitted;
        public long returned;
        /** Admitted, promoted ones included (纳入). */
        public long admitted;
        public long promoted;
        /** Adoptions of its promoted cases (推广). */
        public long adoptions;
        /** Cases whose mechanism a Jiceng module implements. */
        public long backedByModule;

        FigureRow() {
        }

        FigureRow(String key, String name) {
            this.key = key;
            this.name = name;
        }

        void add(CaseView c, long adoptionsOfCase) {
            switch (c.state) {
                case SUBMITTED -> submitted++;
                case RETURNED -> returned++;
                case ADMITTED -> admitted++;
                case PROMOTED -> {
                    admitted++;
                    promoted++;
                }
            }
            adoptions += adoptionsOfCase;
            backedByModule += c.moduleId != null ? 1 : 0;
        }
    }
}
