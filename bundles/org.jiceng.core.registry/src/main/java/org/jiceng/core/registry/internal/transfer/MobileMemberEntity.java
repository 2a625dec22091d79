package org.jiceng.core.registry.internal.transfer;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A mobile member record (流动党员). */
@Entity
@Table(name = "mobile_member")
public class MobileMemberEntity {
    @Id
    @SequenceGenerator(name = "mobile_member_seq", sequenceName = "mobile_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mobile_member_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "member_id")
    long memberId;

    @Column(name = "location")
    String location;

    @Column(name = "reason")
    String reason;

    @Column(name = "since_date")
    LocalDate since;

    @Column(name = "until_date")
    LocalDate until;

    @Column(name = "contact")
    String contact;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
