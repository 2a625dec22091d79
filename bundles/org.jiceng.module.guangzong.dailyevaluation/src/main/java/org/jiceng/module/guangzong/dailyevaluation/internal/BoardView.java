package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.util.List;

/** A board: its weight in the overall total, the points a member starts the year with, and its items. */
public class BoardView {
    public String board;
    public String name;
    public double weight;
    public double base;
    public double maximum;
    public List<ItemView> items;

    static BoardView of(Board b) {
        BoardView v = new BoardView();
        v.board = b.name();
        v.name = b.label;
        v.weight = b.weight;
        v.base = b.base;
        v.maximum = Board.MAXIMUM;
        v.items = Catalogue.of(b).stream().map(ItemView::of).toList();
        return v;
    }
}
