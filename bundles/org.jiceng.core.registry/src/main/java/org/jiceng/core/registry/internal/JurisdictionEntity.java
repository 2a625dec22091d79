package org.jiceng.core.registry.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;

@Entity
@Table(name = "jurisdiction")
public class JurisdictionEntity {
    @Id
    @Column(name = "code", length = 12)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "jurisdiction_level", nullable = false, length = 16)
    private JurisdictionLevel level;

    @Column(name = "parent_code", length = 12)
    private String parentCode;

    @Column(name = "depth", nullable = false)
    private int depth;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

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

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public int getDepth() {
        return depth;
    }

    public void setDepth(int depth) {
        this.depth = depth;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Jurisdiction toDto() {
        return new Jurisdiction(code, name, level, parentCode, depth, version);
    }
}
