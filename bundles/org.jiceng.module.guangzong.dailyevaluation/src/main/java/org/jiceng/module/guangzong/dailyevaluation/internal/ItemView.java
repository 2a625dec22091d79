package org.jiceng.module.guangzong.dailyevaluation.internal;

/** An item of a board and the points an entry of it may carry. */
public class ItemView {
    public String key;
    public String name;
    public double minimum;
    public double maximum;

    static ItemView of(Item i) {
        ItemView v = new ItemView();
        v.key = i.key();
        v.name = i.name();
        v.minimum = i.minimum();
        v.maximum = i.maximum();
        return v;
    }
}
