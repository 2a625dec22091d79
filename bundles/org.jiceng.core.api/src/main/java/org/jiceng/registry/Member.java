package org.jiceng.registry;

import java.time.LocalDate;

import org.jiceng.development.MembershipStatus;
import org.jspecify.annotations.Nullable;

/**
 * A Party member or a person in the development pipeline (申请人 … 正式党员). As a request, name, gender, birthDate,
 * organizationId and stage are required (a request without them is refused); id, jurisdictionCode and membershipStatus are
 * the server's.
 *
 * @param id null until created
 * @param jurisdictionCode jurisdiction of the member's organization (read only; null in requests)
 * @param applicationDate date the application letter was filed (入党申请)
 * @param activistDate date confirmed as activist (确定为入党积极分子)
 * @param candidateDate date listed as development candidate (确定为发展对象)
 * @param probationDate date admitted as probationary member (接收为预备党员)
 * @param fullDate date converted to full member (转为正式党员)
 * @param hasPost holds a post (有职); members without one are 无职党员
 * @param membershipStatus ACTIVE, DISQUALIFIED or EXITED; changed only by development events (null in requests)
 * @param idCardNumber resident ID card number (身份证号); masked in lists and exports. A natural key for imports
 * @param phone mobile phone; masked in lists and exports
 * @param memberNumber member number (党员编号), a natural key for imports
 * @param probationExtendedMonths months the probation was extended by (once at most), null when not extended
 * @param version optimistic-lock version; send back the one you read when updating
 */
public record Member(@Nullable Long id, String name, Gender gender, LocalDate birthDate, @Nullable Education education, Long organizationId,
        @Nullable String jurisdictionCode, MemberStage stage, @Nullable LocalDate applicationDate, @Nullable LocalDate activistDate,
        @Nullable LocalDate candidateDate, @Nullable LocalDate probationDate, @Nullable LocalDate fullDate, boolean hasPost,
        @Nullable MembershipStatus membershipStatus, @Nullable String idCardNumber, @Nullable String phone, @Nullable String memberNumber,
        @Nullable Integer probationExtendedMonths, long version) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this member's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).gender(gender).birthDate(birthDate).education(education).organizationId(organizationId)
                .jurisdictionCode(jurisdictionCode).stage(stage).applicationDate(applicationDate).activistDate(activistDate)
                .candidateDate(candidateDate).probationDate(probationDate).fullDate(fullDate).hasPost(hasPost).membershipStatus(membershipStatus)
                .idCardNumber(idCardNumber).phone(phone).memberNumber(memberNumber).probationExtendedMonths(probationExtendedMonths).version(version);
    }

    /** Builds a Member component by component; what is not set stays null (0 or false for primitives). */
    public static final class Builder {
        private @Nullable Long id;
        private @Nullable String name;
        private @Nullable Gender gender;
        private @Nullable LocalDate birthDate;
        private @Nullable Education education;
        private @Nullable Long organizationId;
        private @Nullable String jurisdictionCode;
        private @Nullable MemberStage stage;
        private @Nullable LocalDate applicationDate;
        private @Nullable LocalDate activistDate;
        private @Nullable LocalDate candidateDate;
        private @Nullable LocalDate probationDate;
        private @Nullable LocalDate fullDate;
        private boolean hasPost;
        private @Nullable MembershipStatus membershipStatus;
        private @Nullable String idCardNumber;
        private @Nullable String phone;
        private @Nullable String memberNumber;
        private @Nullable Integer probationExtendedMonths;
        private long version;

        private Builder() {
        }

        public Builder id(@Nullable Long id) {
            this.id = id;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder gender(Gender gender) {
            this.gender = gender;
            return this;
        }

        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        public Builder education(@Nullable Education education) {
            this.education = education;
            return this;
        }

        public Builder organizationId(Long organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        public Builder jurisdictionCode(@Nullable String jurisdictionCode) {
            this.jurisdictionCode = jurisdictionCode;
            return this;
        }

        public Builder stage(MemberStage stage) {
            this.stage = stage;
            return this;
        }

        public Builder applicationDate(@Nullable LocalDate applicationDate) {
            this.applicationDate = applicationDate;
            return this;
        }

        public Builder activistDate(@Nullable LocalDate activistDate) {
            this.activistDate = activistDate;
            return this;
        }

        public Builder candidateDate(@Nullable LocalDate candidateDate) {
            this.candidateDate = candidateDate;
            return this;
        }

        public Builder probationDate(@Nullable LocalDate probationDate) {
            this.probationDate = probationDate;
            return this;
        }

        public Builder fullDate(@Nullable LocalDate fullDate) {
            this.fullDate = fullDate;
            return this;
        }

        public Builder hasPost(boolean hasPost) {
            this.hasPost = hasPost;
            return this;
        }

        public Builder membershipStatus(@Nullable MembershipStatus membershipStatus) {
            this.membershipStatus = membershipStatus;
            return this;
        }

        public Builder idCardNumber(@Nullable String idCardNumber) {
            this.idCardNumber = idCardNumber;
            return this;
        }

        public Builder phone(@Nullable String phone) {
            this.phone = phone;
            return this;
        }

        public Builder memberNumber(@Nullable String memberNumber) {
            this.memberNumber = memberNumber;
            return this;
        }

        public Builder probationExtendedMonths(@Nullable Integer probationExtendedMonths) {
            this.probationExtendedMonths = probationExtendedMonths;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        /** The member; components a service requires and that were not set are null, and the service refuses them. */
        public Member build() {
            return new Member(id, name, gender, birthDate, education, organizationId, jurisdictionCode, stage, applicationDate, activistDate,
                    candidateDate, probationDate, fullDate, hasPost, membershipStatus, idCardNumber, phone, memberNumber, probationExtendedMonths,
                    version);
        }
    }
}
