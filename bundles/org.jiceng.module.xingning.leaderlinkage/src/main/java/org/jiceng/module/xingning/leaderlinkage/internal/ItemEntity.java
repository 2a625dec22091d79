package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** An item of a link's responsibility list: the requirement, the unit responsible, its day, and the check that found it done. */
@Entity
@Table(name = "xll_item")
public class ItemEntity {
    @Id
    @SequenceGenerator(name = "xll_item_seq", sequenceName = "xll_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xll_item_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "link_id", nullable = false)
    long linkId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "responsible_unit", nullable = false)
    String responsibleUnit;

    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;

    @Column(name = "done_on")
    LocalDate doneOn;

    @Column(name = "done_check_id")
    Long doneCheckId;

    @Column(name = "added_by", nullable = false)
    String addedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    ItemView toView(LocalDate today) {
        ItemView v = new ItemView();
        v.id = id;
        v.linkId = linkId;
        v.jurisdictionCode = jurisdictionCode;
        v.title = title;
        v.responsibleUnit = responsibleUnit;
        v.dueOn = dueOn;
        v.doneOn = doneOn;
        v.doneCheckId = doneCheckId;
        v.state = LinkageRules.state(dueOn, doneOn, today);
        v.addedBy = addedBy;
        v.version = version;
        return v;
    }
}
