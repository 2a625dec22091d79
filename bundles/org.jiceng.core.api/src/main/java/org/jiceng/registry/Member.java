package org.jiceng.registry;

import java.time.LocalDate;

/** A Party member or a person in the development pipeline (申请人 … 正式党员). */
public class Member {
    private Long id;
    private String name;
    private Gender gender;
    private LocalDate birthDate;
    private Education education;
    private Long organizationId;
    private String jurisdictionCode;
    private MemberStage stage;
    private LocalDate applicationDate;
    private LocalDate activistDate;
    private LocalDate candidateDate;
    private LocalDate probationDate;
    private LocalDate fullDate;
    private boolean hasPost;
    private org.jiceng.development.MembershipStatus membershipStatus;
    private String idCardNumber;
    private String phone;
    private String memberNumber;
    private Integer probationExtendedMonths;
    private long version;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Education getEducation() {
        return education;
    }

    public void setEducation(Education education) {
        this.education = education;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    /** Jurisdiction of the member's organization (read only). */
    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public void setJurisdictionCode(String jurisdictionCode) {
        this.jurisdictionCode = jurisdictionCode;
    }

    public MemberStage getStage() {
        return stage;
    }

    public void setStage(MemberStage stage) {
        this.stage = stage;
    }

    /** Date the application letter was filed (入党申请). */
    public LocalDate getApplicationDate() {
        return applicationDate;
    }

    public void setApplicationDate(LocalDate applicationDate) {
        this.applicationDate = applicationDate;
    }

    /** Date confirmed as activist (确定为入党积极分子). */
    public LocalDate getActivistDate() {
        return activistDate;
    }

    public void setActivistDate(LocalDate activistDate) {
        this.activistDate = activistDate;
    }

    /** Date listed as development candidate (确定为发展对象). */
    public LocalDate getCandidateDate() {
        return candidateDate;
    }

    public void setCandidateDate(LocalDate candidateDate) {
        this.candidateDate = candidateDate;
    }

    /** Date admitted as probationary member (接收为预备党员). */
    public LocalDate getProbationDate() {
        return probationDate;
    }

    public void setProbationDate(LocalDate probationDate) {
        this.probationDate = probationDate;
    }

    /** Date converted to full member (转为正式党员). */
    public LocalDate getFullDate() {
        return fullDate;
    }

    public void setFullDate(LocalDate fullDate) {
        this.fullDate = fullDate;
    }

    /** Holds a post (有职); members without one are 无职党员. */
    public boolean isHasPost() {
        return hasPost;
    }

    public void setHasPost(boolean hasPost) {
        this.hasPost = hasPost;
    }

    /** Optimistic-lock version; send back the one you read when updating. */
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** ACTIVE, DISQUALIFIED or EXITED; changed only by development events. */
    public org.jiceng.development.MembershipStatus getMembershipStatus() {
        return membershipStatus;
    }

    public void setMembershipStatus(org.jiceng.development.MembershipStatus membershipStatus) {
        this.membershipStatus = membershipStatus;
    }

    /** Resident ID card number (身份证号); masked in lists and exports. A natural key for imports. */
    public String getIdCardNumber() {
        return idCardNumber;
    }

    public void setIdCardNumber(String idCardNumber) {
        this.idCardNumber = idCardNumber;
    }

    /** Mobile phone; masked in lists and exports. */
    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** Member number (党员编号), a natural key for imports. */
    public String getMemberNumber() {
        return memberNumber;
    }

    public void setMemberNumber(String memberNumber) {
        this.memberNumber = memberNumber;
    }

    /** Months the probation was extended by (once at most), null when not extended. */
    public Integer getProbationExtendedMonths() {
        return probationExtendedMonths;
    }

    public void setProbationExtendedMonths(Integer probationExtendedMonths) {
        this.probationExtendedMonths = probationExtendedMonths;
    }
}
