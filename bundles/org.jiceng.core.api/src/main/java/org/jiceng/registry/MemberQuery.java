package org.jiceng.registry;

/** Filters for member lists; every filter is optional and they combine with AND. */
public class MemberQuery {
    private String jurisdictionCode;
    private Long organizationId;
    private MemberStage stage;
    private Boolean hasPost;
    private String nameContains;
    private org.jiceng.development.MembershipStatus membershipStatus;

    /** Only members of organizations in this jurisdiction or below it. */
    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public void setJurisdictionCode(String jurisdictionCode) {
        this.jurisdictionCode = jurisdictionCode;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public MemberStage getStage() {
        return stage;
    }

    public void setStage(MemberStage stage) {
        this.stage = stage;
    }

    public Boolean getHasPost() {
        return hasPost;
    }

    public void setHasPost(Boolean hasPost) {
        this.hasPost = hasPost;
    }

    public String getNameContains() {
        return nameContains;
    }

    public void setNameContains(String nameContains) {
        this.nameContains = nameContains;
    }

    public org.jiceng.development.MembershipStatus getMembershipStatus() {
        return membershipStatus;
    }

    public void setMembershipStatus(org.jiceng.development.MembershipStatus membershipStatus) {
        this.membershipStatus = membershipStatus;
    }
}
