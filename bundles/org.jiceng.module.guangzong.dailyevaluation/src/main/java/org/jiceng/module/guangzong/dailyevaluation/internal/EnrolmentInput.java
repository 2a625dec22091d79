package org.jiceng.module.guangzong.dailyevaluation.internal;

/** A registry member put on a township's evaluation, with the post held (optional). */
public class EnrolmentInput {
    public Long memberId;
    public String post;
}
