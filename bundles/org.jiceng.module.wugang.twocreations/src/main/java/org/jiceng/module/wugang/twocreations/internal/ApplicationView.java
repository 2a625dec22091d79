package org.jiceng.module.wugang.twocreations.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An application as REST and SOAP show it; the evaluations themselves are the checklist engine's ({@code /checklists/evaluations/{id}}). */
public class ApplicationView {
    public Long id;
    public long organizationId;
    public String organizationName;
    public String jurisdictionCode;
    public String townshipCode;
    public CreationLevel level;
    public int year;
    public String criteriaKey;
    public int criteriaVersion;
    public Stage stage;
    public LocalDate appliedOn;
    public String appliedBy;
    public Long selfCheckEvaluationId;
    public BigDecimal selfCheckScore;
    public Boolean selfCheckPassed;
    public LocalDate selfCheckedOn;
    public Long crossEvaluationId;
    public BigDecimal crossScore;
    public Integer crossMetCount;
    public Boolean crossPassed;
    public String inspector;
    public String inspectorTownship;
    public LocalDate crossInspectedOn;
    public String decidedBy;
    public LocalDate decidedOn;
    public String decisionNote;
    public long version;
}
