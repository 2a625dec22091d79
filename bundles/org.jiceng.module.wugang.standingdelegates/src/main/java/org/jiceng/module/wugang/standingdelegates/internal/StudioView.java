package org.jiceng.module.wugang.standingdelegates.internal;

/** A studio as clients see it, with the number of its serving delegates. */
public class StudioView {
    public Long id;
    public String jurisdictionCode;
    public String name;
    public String address;
    public long delegates;
    public long version;
}
