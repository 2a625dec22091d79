package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A resident's problem: its problem on the core's engine (what was raised, its rectification) and
 * what the engine has no place for — the level handling it, that level's deadline, the escalations.
 */
@Entity
@Table(name = "xrc_problem")
public class ResidentProblemEntity {
    @Id
    @SequenceGenerator(name = "xrc_problem_seq", sequenceName = "xrc_problem_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xrc_problem_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "town_code", nullable = false)
    String townCode;

    @Column(name = "problem_id", nullable = false)
    long problemId;

    @Column(name = "visit_id")
    Long visitId;

    @Column(name = "raised_on", nullable = false)
    LocalDate raisedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_level", nullable = false)
    Level level;

    @Column(name = "level_since", nullable = false)
    LocalDate levelSince;

    @Column(name = "level_deadline", nullable = false)
    LocalDate levelDeadline;

    @Column(name = "town_on")
    LocalDate townOn;

    @Column(name = "town_reason")
    String townReason;

    @Column(name = "city_on")
    LocalDate cityOn;

    @Column(name = "city_reason")
    String cityReason;

    /** The city's unit (市直单位) the problem was passed to. */
    @Column(name = "city_unit")
    String cityUnit;

    @Column(name = "resolved_on")
    LocalDate resolvedOn;

    @Column(name = "resolution")
    String resolution;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    boolean resolved() {
        return resolvedOn != null;
    }

    boolean overdue(LocalDate today) {
        return resolvedOn == null && levelDeadline.isBefore(today);
    }
}
