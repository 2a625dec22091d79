package org.jiceng.module.guangzong.workstandard.internal;

import java.util.ArrayList;
import java.util.List;

/** A unit below the standard in the township's check, with what it rectifies. */
public class RectificationRow {
    public long checkId;
    public long organizationId;
    public String organizationName;
    public String jurisdictionCode;
    public String townshipCode;
    public String townshipName;
    public int year;
    public int tasksMet;
    public int tasksToPass;
    public List<String> categories = new ArrayList<>();
    public List<String> tasks = new ArrayList<>();
}
