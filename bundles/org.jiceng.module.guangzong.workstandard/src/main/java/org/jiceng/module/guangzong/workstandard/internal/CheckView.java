package org.jiceng.module.guangzong.workstandard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A unit's check of a year as clients see it. {@code result} is the township's verdict: PENDING until it has checked. */
public class CheckView {
    public long id;
    public long organizationId;
    public String organizationName;
    public String jurisdictionCode;
    public String townshipCode;
    public int year;
    public String criteriaKey;
    public int criteriaVersion;
    public long selfEvaluationId;
    public int selfMet;
    public boolean selfPassed;
    public LocalDate selfCheckedOn;
    public String selfChecker;
    public Long townshipEvaluationId;
    public Integer townshipMet;
    public Boolean townshipPassed;
    public LocalDate townshipCheckedOn;
    public String townshipChecker;
    /** PENDING (self-checked only), PASSED (达标) or BELOW_STANDARD (未达标, to rectify). */
    public String result;
    public List<String> unmetCategories = new ArrayList<>();
    public List<String> unmetTasks = new ArrayList<>();
    public long version;

    static CheckView of(CheckEntity c) {
        CheckView v = new CheckView();
        v.id = c.id;
        v.organizationId = c.organizationId;
        v.organizationName = c.organizationName;
        v.jurisdictionCode = c.jurisdictionCode;
        v.townshipCode = c.townshipCode;
        v.year = c.year;
        v.criteriaKey = c.criteriaKey;
        v.criteriaVersion = c.criteriaVersion;
        v.selfEvaluationId = c.selfEvaluationId;
        v.selfMet = c.selfMet;
        v.selfPassed = c.selfPassed;
        v.selfCheckedOn = c.selfCheckedOn;
        v.selfChecker = c.selfChecker;
        v.townshipEvaluationId = c.townshipEvaluationId;
        v.townshipMet = c.townshipMet;
        v.townshipPassed = c.townshipPassed;
        v.townshipCheckedOn = c.townshipCheckedOn;
        v.townshipChecker = c.townshipChecker;
        v.result = c.townshipPassed == null ? "PENDING" : c.townshipPassed ? "PASSED" : "BELOW_STANDARD";
        v.unmetCategories = split(c.unmetCategories);
        v.unmetTasks = split(c.unmetTasks);
        v.version = c.version;
        return v;
    }

    static List<String> split(String keys) {
        return keys == null || keys.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(keys.split(",")));
    }
}
