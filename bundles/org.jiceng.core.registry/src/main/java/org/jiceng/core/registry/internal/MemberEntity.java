package org.jiceng.core.registry.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.Education;
import org.jiceng.registry.Gender;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberStage;

/** A member row; the jurisdiction is derived from the organization. */
@Entity
@Table(name = "party_member")
public class MemberEntity {
    @Id
    @SequenceGenerator(name = "party_member_seq", sequenceName = "party_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_member_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "name")
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender")
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "education")
    private Education education;

    @Column(name = "organization_id")
    private Long organizationId;

    /** Kept by the registry's writes ({@link MemberCounties}), never from a member's input. */
    @Column(name = "county_code")
    private String countyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage")
    private MemberStage stage;

    @Column(name = "application_date")
    private LocalDate applicationDate;

    @Column(name = "activist_date")
    private LocalDate activistDate;

    @Column(name = "candidate_date")
    private LocalDate candidateDate;

    @Column(name = "probation_date")
    private LocalDate probationDate;

    @Column(name = "full_date")
    private LocalDate fullDate;

    @Column(name = "has_post")
    private boolean hasPost;

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_status")
    private MembershipStatus membershipStatus = MembershipStatus.ACTIVE;

    @Column(name = "id_card_number")
    private String idCardNumber;

    @Column(name = "phone")
    private String phone;

    @Column(name = "member_number")
    private String memberNumber;

    @Column(name = "probation_extended_months")
    private Integer probationExtendedMonths;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public Long getId() {
        return id;
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

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
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

    public LocalDate getApplicationDate() {
        return applicationDate;
    }

    public void setApplicationDate(LocalDate applicationDate) {
        this.applicationDate = applicationDate;
    }

    public LocalDate getActivistDate() {
        return activistDate;
    }

    public void setActivistDate(LocalDate activistDate) {
        this.activistDate = activistDate;
    }

    public LocalDate getCandidateDate() {
        return candidateDate;
    }

    public void setCandidateDate(LocalDate candidateDate) {
        this.candidateDate = candidateDate;
    }

    public LocalDate getProbationDate() {
        return probationDate;
    }

    public void setProbationDate(LocalDate probationDate) {
        this.probationDate = probationDate;
    }

    public LocalDate getFullDate() {
        return fullDate;
    }

    public void setFullDate(LocalDate fullDate) {
        this.fullDate = fullDate;
    }

    public boolean isHasPost() {
        return hasPost;
    }

    public void setHasPost(boolean hasPost) {
        this.hasPost = hasPost;
    }

    public long getVersion() {
        return version;
    }

    public MembershipStatus getMembershipStatus() {
        return membershipStatus;
    }

    public void setMembershipStatus(MembershipStatus membershipStatus) {
        this.membershipStatus = membershipStatus;
    }

    public String getIdCardNumber() {
        return idCardNumber;
    }

    public void setIdCardNumber(String idCardNumber) {
        this.idCardNumber = idCardNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public void setMemberNumber(String memberNumber) {
        this.memberNumber = memberNumber;
    }

    public Integer getProbationExtendedMonths() {
        return probationExtendedMonths;
    }

    public void setProbationExtendedMonths(Integer probationExtendedMonths) {
        this.probationExtendedMonths = probationExtendedMonths;
    }

    public Member toDto() {
        return fields().build();
    }

    /** The record as answered, with the jurisdiction of its organization (which the entity does not hold). */
    public Member toDto(String jurisdictionCode) {
        return fields().jurisdictionCode(jurisdictionCode).build();
    }

    private Member.Builder fields() {
        return Member.builder()
                .id(id)
                .name(name)
                .gender(gender)
                .birthDate(birthDate)
                .education(education)
                .organizationId(organizationId)
                .stage(stage)
                .applicationDate(applicationDate)
                .activistDate(activistDate)
                .candidateDate(candidateDate)
                .probationDate(probationDate)
                .fullDate(fullDate)
                .hasPost(hasPost)
                .membershipStatus(membershipStatus)
                .idCardNumber(idCardNumber)
                .phone(phone)
                .memberNumber(memberNumber)
                .probationExtendedMonths(probationExtendedMonths)
                .version(version);
    }

    /** Copies the editable fields of {@code d}; id and version are never taken from input. */
    public void apply(Member d) {
        this.name = d.name();
        this.gender = d.gender();
        this.birthDate = d.birthDate();
        this.education = d.education();
        this.organizationId = d.organizationId();
        this.stage = d.stage();
        this.applicationDate = d.applicationDate();
        this.activistDate = d.activistDate();
        this.candidateDate = d.candidateDate();
        this.probationDate = d.probationDate();
        this.fullDate = d.fullDate();
        this.hasPost = d.hasPost();
        this.idCardNumber = blankToNull(d.idCardNumber());
        this.phone = blankToNull(d.phone());
        this.memberNumber = blankToNull(d.memberNumber());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
