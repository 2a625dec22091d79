package org.jiceng.development;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One recorded step of a member's record: what, when, decided by whom, on which evidence, recorded by whom. */
public class DevelopmentEvent {
    private Long id;
    private long memberId;
    private EventType type;
    private LocalDate date;
    private String decidingBody;
    private List<Evidence> evidence;
    private String recordedBy;
    private Instant recordedAt;
    /** For PROBATION_EXTENDED: the extension in months (1-12). */
    private Integer extensionMonths;
    private String note;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getMemberId() {
        return memberId;
    }

    public void setMemberId(long memberId) {
        this.memberId = memberId;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getDecidingBody() {
        return decidingBody;
    }

    public void setDecidingBody(String decidingBody) {
        this.decidingBody = decidingBody;
    }

    public List<Evidence> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<Evidence> evidence) {
        this.evidence = evidence;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(Instant recordedAt) {
        this.recordedAt = recordedAt;
    }

    public Integer getExtensionMonths() {
        return extensionMonths;
    }

    public void setExtensionMonths(Integer extensionMonths) {
        this.extensionMonths = extensionMonths;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
