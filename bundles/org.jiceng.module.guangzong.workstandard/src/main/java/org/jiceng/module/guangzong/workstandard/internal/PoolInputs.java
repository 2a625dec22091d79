package org.jiceng.module.guangzong.workstandard.internal;

import java.time.LocalDate;

/** Bodies of the pool's operations. */
public final class PoolInputs {
    private PoolInputs() {
    }

    /** POST pool: the member selected into the pool, from which day. */
    public static class Selection {
        public Long memberId;
        public LocalDate since;
        public String note;
    }

    /** POST pool/{id}/cultivation. */
    public static class Cultivation {
        public String kind;
        public String title;
        public LocalDate startDate;
        public LocalDate endDate;
        public String note;
    }

    /** POST pool/{id}/assessments. */
    public static class Assessment {
        public String period;
        public String grade;
        public LocalDate assessedOn;
        public String note;
    }

    /** POST pool/{id}/appointment: the post the cadre is appointed to, entered in the core's cadre record. */
    public static class Appointment {
        public String unit;
        public String title;
        public String rank;
        public String level;
        public LocalDate startDate;
        public Long version;
    }

    /** POST pool/{id}/leaving. */
    public static class Leaving {
        public String reason;
        public LocalDate leftOn;
        public Long version;
    }
}
