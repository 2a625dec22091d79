package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A progress note as REST shows it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "progress")
public class ProgressView {
    public Long id;
    public LocalDate notedOn;
    public String note;
    public String notedBy;
}
