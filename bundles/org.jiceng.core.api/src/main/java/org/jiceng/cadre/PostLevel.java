package org.jiceng.cadre;

/** Whether the post heads its unit (正职), is a deputy (副职) or a plain member of a leadership. */
public enum PostLevel {
    HEAD, DEPUTY, MEMBER
}
