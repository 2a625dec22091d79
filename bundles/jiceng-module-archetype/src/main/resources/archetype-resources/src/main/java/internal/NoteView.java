package ${package}.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A note as REST (JSON) and SOAP show it; the entity itself never leaves the module. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "note")
public class NoteView {
    public Long id;
    public String jurisdictionCode;
    public String title;
    public String body;
    public String createdBy;
    public LocalDate createdOn;
    /** To send back with a change, so a concurrent change is a 409 rather than lost. */
    public long version;
}
