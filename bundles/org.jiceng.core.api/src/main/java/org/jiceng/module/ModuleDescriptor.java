package org.jiceng.module;

import java.util.List;

/** What the registry knows of one installed module: its declaration, bundle state and enablement. */
public class ModuleDescriptor {
    private String id;
    private String nameZh;
    private String nameEn;
    private String version;
    private String originJurisdiction;
    private String description;
    private long bundleId;
    private String bundleState;
    private List<String> enabledJurisdictions;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getOriginJurisdiction() {
        return originJurisdiction;
    }

    public void setOriginJurisdiction(String originJurisdiction) {
        this.originJurisdiction = originJurisdiction;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public long getBundleId() {
        return bundleId;
    }

    public void setBundleId(long bundleId) {
        this.bundleId = bundleId;
    }

    /** OSGi bundle state: INSTALLED, RESOLVED, STARTING, ACTIVE or STOPPING. */
    public String getBundleState() {
        return bundleState;
    }

    public void setBundleState(String bundleState) {
        this.bundleState = bundleState;
    }

    /** Jurisdictions where the module was enabled explicitly; their subtrees are enabled too. */
    public List<String> getEnabledJurisdictions() {
        return enabledJurisdictions;
    }

    public void setEnabledJurisdictions(List<String> enabledJurisdictions) {
        this.enabledJurisdictions = enabledJurisdictions;
    }
}
