package org.jiceng.registry;

/** An administrative division (行政区划) identified by its statistical code (GB/T 2260, extended to 9 digits for townships and 12 for villages). */
public class Jurisdiction {
    private String code;
    private String name;
    private JurisdictionLevel level;
    private String parentCode;
    private int depth;
    private long version;

    /** Statistical division code, e.g. {@code 441481} for 兴宁市. */
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Official Chinese name. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public JurisdictionLevel getLevel() {
        return level;
    }

    public void setLevel(JurisdictionLevel level) {
        this.level = level;
    }

    /** Code of the enclosing jurisdiction; null for a root. */
    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    /** Distance from the root of its tree (0 for a root). */
    public int getDepth() {
        return depth;
    }

    public void setDepth(int depth) {
        this.depth = depth;
    }

    /** Optimistic-lock version; send back the one you read when updating. */
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
