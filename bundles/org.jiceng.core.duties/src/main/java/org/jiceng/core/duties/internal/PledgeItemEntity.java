package org.jiceng.core.duties.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** One item of a pledge, with its assessment once there is one. */
@Entity
@Table(name = "duty_pledge_item")
public class PledgeItemEntity {
    @Id
    @SequenceGenerator(name = "duty_pledge_item_seq", sequenceName = "duty_pledge_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_pledge_item_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "pledge_id")
    long pledgeId;

    @Column(name = "item_no")
    int position;

    @Column(name = "item_text")
    String text;

    @Column(name = "measure")
    String measure;

    @Column(name = "points")
    int points;

    @Column(name = "met")
    Boolean met;

    @Column(name = "awarded_points")
    Integer awardedPoints;

    @Column(name = "note")
    String note;
}
