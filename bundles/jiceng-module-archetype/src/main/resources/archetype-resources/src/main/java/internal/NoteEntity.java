package ${package}.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** One note of a jurisdiction; the table is created by V1__notes.sql, never by JPA. */
@Entity
@Table(name = "${tablePrefix}_note")
public class NoteEntity {
    @Id
    @SequenceGenerator(name = "${tablePrefix}_note_seq", sequenceName = "${tablePrefix}_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "${tablePrefix}_note_seq")
    @Column(name = "id")
    Long id;

    /** Where the note belongs: it is seen from this jurisdiction and every one above it. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "body")
    String body;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_on", nullable = false)
    LocalDate createdOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    NoteView toView() {
        NoteView v = new NoteView();
        v.id = id;
        v.jurisdictionCode = jurisdictionCode;
        v.title = title;
        v.body = body;
        v.createdBy = createdBy;
        v.createdOn = createdOn;
        v.version = version;
        return v;
    }
}
