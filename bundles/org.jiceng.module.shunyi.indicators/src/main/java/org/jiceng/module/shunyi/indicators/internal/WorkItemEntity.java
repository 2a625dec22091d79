package org.jiceng.module.shunyi.indicators.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** An item of a year's work points (工作要点), numbered through the year, under a numbered part. */
@Entity
@Table(name = "sin_work_item")
public class WorkItemEntity {
    @Id
    @SequenceGenerator(name = "sin_work_item_seq", sequenceName = "sin_work_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sin_work_item_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "plan_year", nullable = false)
    int year;

    @Column(name = "part_number", nullable = false)
    int partNumber;

    @Column(name = "part_title", nullable = false)
    String partTitle;

    @Column(name = "item_number", nullable = false)
    int itemNumber;

    @Column(name = "content", nullable = false)
    String content;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    WorkItemView toView() {
        WorkItemView v = new WorkItemView();
        v.id = id;
        v.year = year;
        v.partNumber = partNumber;
        v.partTitle = partTitle;
        v.itemNumber = itemNumber;
        v.content = content;
        v.version = version;
        return v;
    }
}
