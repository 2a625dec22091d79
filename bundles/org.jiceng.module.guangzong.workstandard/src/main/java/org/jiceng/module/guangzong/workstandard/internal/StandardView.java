package org.jiceng.module.guangzong.workstandard.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.checklist.Aspect;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;

/** A version of a county's standard: its categories and tasks, and what passing takes. */
public class StandardView {
    public String key;
    public String name;
    public int version;
    public int categoryCount;
    public int taskCount;
    /** Share of the tasks a unit meets to be up to the standard. */
    public BigDecimal passShare;
    /** Tasks a unit meets to be up to the standard (the share, rounded up). */
    public int tasksToPass;
    public List<CategoryView> categories = new ArrayList<>();

    public static class CategoryView {
        public String key;
        public String name;
        public List<TaskView> tasks = new ArrayList<>();
    }

    public static class TaskView {
        public String key;
        public String text;
    }

    /**
     * Body of PUT standard: the revised standard, categories in order, each with its tasks' texts, and the version it
     * revises (the one read), so that of two revisions made from the same version the second is refused, not issued
     * over the first unseen.
     */
    public static class Input {
        public Integer version;
        public String name;
        public List<CategoryInput> categories;
    }

    public static class CategoryInput {
        public String key;
        public String name;
        public List<String> tasks;
    }

    static StandardView of(CriteriaSet set) {
        StandardView v = new StandardView();
        v.key = set.key();
        v.name = set.name();
        v.version = set.version();
        v.passShare = set.minimumShareMet();
        for (Aspect a : set.aspects()) {
            CategoryView c = new CategoryView();
            c.key = a.key();
            c.name = a.name();
            for (Criterion cr : a.criteria()) {
                TaskView t = new TaskView();
                t.key = cr.key();
                t.text = cr.text();
                c.tasks.add(t);
            }
            v.taskCount += c.tasks.size();
            v.categories.add(c);
        }
        v.categoryCount = v.categories.size();
        v.tasksToPass = tasksToPass(v.taskCount, v.passShare);
        return v;
    }

    static int tasksToPass(int tasks, BigDecimal share) {
        return share == null ? tasks : share.multiply(BigDecimal.valueOf(tasks)).setScale(0, java.math.RoundingMode.CEILING).intValueExact();
    }
}
