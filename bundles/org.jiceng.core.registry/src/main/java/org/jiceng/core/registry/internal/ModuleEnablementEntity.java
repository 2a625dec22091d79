package org.jiceng.core.registry.internal;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A module explicitly enabled for a jurisdiction (and so for its subtree). */
@Entity
@Table(name = "module_enablement")
@IdClass(ModuleEnablementEntity.Key.class)
public class ModuleEnablementEntity {
    @Id
    @Column(name = "module_id", length = 64)
    private String moduleId;

    @Id
    @Column(name = "jurisdiction_code", length = 12)
    private String jurisdictionCode;

    @Column(name = "enabled_at", nullable = false)
    private LocalDateTime enabledAt;

    public ModuleEnablementEntity() {
    }

    public ModuleEnablementEntity(String moduleId, String jurisdictionCode, LocalDateTime enabledAt) {
        this.moduleId = moduleId;
        this.jurisdictionCode = jurisdictionCode;
        this.enabledAt = enabledAt;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public LocalDateTime getEnabledAt() {
        return enabledAt;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String moduleId;
        private String jurisdictionCode;

        public Key() {
        }

        public Key(String moduleId, String jurisdictionCode) {
            this.moduleId = moduleId;
            this.jurisdictionCode = jurisdictionCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && Objects.equals(moduleId, ((Key) o).moduleId)
                    && Objects.equals(jurisdictionCode, ((Key) o).jurisdictionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(moduleId, jurisdictionCode);
        }
    }
}
