package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.time.LocalDate;

/** A score entry. */
public class EntryView {
    public long id;
    /** The evaluated member's record ({@code members/{id}}). */
    public long evaluatedId;
    public long memberId;
    public long townshipId;
    public int year;
    public String board;
    public String boardName;
    public String itemKey;
    public String itemName;
    public LocalDate recordedOn;
    public double points;
    public String reason;
    public String recordedBy;
    public long version;

    static EntryView of(EntryEntity e) {
        EntryView v = new EntryView();
        v.id = e.id;
        v.evaluatedId = e.evaluatedId;
        v.memberId = e.memberId;
        v.townshipId = e.townshipId;
        v.year = e.year;
        v.board = e.board.name();
        v.boardName = e.board.label;
        v.itemKey = e.itemKey;
        v.itemName = Catalogue.item(e.itemKey).map(Item::name).orElse(e.itemKey);
        v.recordedOn = e.recordedOn;
        v.points = e.points;
        v.reason = e.reason;
        v.recordedBy = e.recordedBy;
        v.version = e.version;
        return v;
    }
}
