package org.jiceng.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A Party organization (党组织): committee, general branch, branch or joint branch, placed in a jurisdiction. As a request,
 * name, type, field and jurisdictionCode are required (a request without them is refused); id is the server's.
 *
 * @param id null until created
 * @param parentId the organization one level up (its affiliation); null for a top committee
 * @param termStart start of the current term (任期)
 * @param termEnd end of the current term; a new election is due then
 * @param status NORMAL unless set; null in a request that leaves it to the server
 * @param starRating star rating 1-5 (星级), null when not yet rated
 * @param version optimistic-lock version; send back the one you read when updating
 */
public record PartyOrganization(@Nullable Long id, String name, OrganizationType type, OrganizationField field, @Nullable Long parentId,
        String jurisdictionCode, @Nullable LocalDate termStart, @Nullable LocalDate termEnd, @Nullable OrganizationStatus status,
        @Nullable Integer starRating, long version) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this partyOrganization's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).type(type).field(field).parentId(parentId).jurisdictionCode(jurisdictionCode).termStart(termStart)
                .termEnd(termEnd).status(status).starRating(starRating).version(version);
    }

    /** Builds a PartyOrganization component by component; what is not set stays null (0 or false for primitives). */
    public static final class Builder {
        private @Nullable Long id;
        private @Nullable String name;
        private @Nullable OrganizationType type;
        private @Nullable OrganizationField field;
        private @Nullable Long parentId;
        private @Nullable String jurisdictionCode;
        private @Nullable LocalDate termStart;
        private @Nullable LocalDate termEnd;
        private @Nullable OrganizationStatus status;
        private @Nullable Integer starRating;
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

        public Builder type(OrganizationType type) {
            this.type = type;
            return this;
        }

        public Builder field(OrganizationField field) {
            this.field = field;
            return this;
        }

        public Builder parentId(@Nullable Long parentId) {
            this.parentId = parentId;
            return this;
        }

        public Builder jurisdictionCode(String jurisdictionCode) {
            this.jurisdictionCode = jurisdictionCode;
            return this;
        }

        public Builder termStart(@Nullable LocalDate termStart) {
            this.termStart = termStart;
            return this;
        }

        public Builder termEnd(@Nullable LocalDate termEnd) {
            this.termEnd = termEnd;
            return this;
        }

        public Builder status(@Nullable OrganizationStatus status) {
            this.status = status;
            return this;
        }

        public Builder starRating(@Nullable Integer starRating) {
            this.starRating = starRating;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        /** The partyOrganization; components a service requires and that were not set are null, and the service refuses them. */
        public PartyOrganization build() {
            return new PartyOrganization(id, name, type, field, parentId, jurisdictionCode, termStart, termEnd, status, starRating, version);
        }
    }
}
