package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;

/** A finding as the API shows it; fixed when {@code fixedOn} is set. */
public class FindingView {
    public long id;
    public long dossierId;
    public Criterion criterion;
    public FindingKind kind;
    public String description;
    public LocalDate foundOn;
    public LocalDate fixedOn;
    public String fixedBy;
    public String fixNote;
    public long version;
}
