package org.jiceng.module.wugang.goodcadres.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jiceng.common.ValidationException;

/** The five rounds of 武冈's selection, in order (初评 → 考察 → 二评 → 公示 → 审定); each is a step of the procedure and each may eliminate. */
public enum Round {
    FIRST_REVIEW("first-review", "初评", "初评意见"), INSPECTION("inspection", "考察", "考察材料"), SECOND_REVIEW("second-review", "二评",
            "二评意见"), PUBLIC_NOTICE("public-notice", "公示", "公示结果"), APPROVAL("approval", "审定", "审定意见");

    private final String key;
    private final String nameZh;
    private final String record;

    Round(String key, String nameZh, String record) {
        this.key = key;
        this.nameZh = nameZh;
        this.record = record;
    }

    /** The step key on the procedure engine and in REST paths. */
    public String key() {
        return key;
    }

    public String nameZh() {
        return nameZh;
    }

    /** What the procedure step files as its record. */
    String record() {
        return record;
    }

    /** The round after this one, or null after 审定. */
    Round next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    boolean isLast() {
        return next() == null;
    }

    /** The round of a step key; 400 naming the parameter otherwise. */
    static Round ofKey(String parameter, String key) {
        for (Round r : values()) {
            if (r.key.equals(key)) {
                return r;
            }
        }
        throw new ValidationException(parameter, "unknown round '" + key + "'; rounds: "
                + Arrays.stream(values()).map(Round::key).collect(Collectors.joining(", ")));
    }
}
