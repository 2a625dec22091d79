package org.jiceng.orglife;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jiceng.security.Actor;
import org.jspecify.annotations.Nullable;

/**
 * One activity of a Party organization: filed as a plan before it takes place, recorded when held,
 * archived after. On filing only organizationId, type, plannedDate, topic and filedBy are given (and
 * required); the rest is set by the server or by recording.
 *
 * @param id null until filed
 * @param filedBy the account that filed it: over REST, the one logged in (filled in when absent, refused when naming another)
 * @param status null in a filing request
 * @param filedAt when the plan was filed, server local time; null in a filing request
 * @param heldDate null until recorded
 * @param minutes null until recorded
 * @param attendance the roll, once recorded; null until then and where the roll is not read
 */
public record Activity(@Nullable Long id, Long organizationId, ActivityType type, @Nullable ActivityStatus status, LocalDate plannedDate,
        String topic, @Actor String filedBy, @Nullable LocalDateTime filedAt, @Nullable LocalDate heldDate, @Nullable String minutes,
        @Nullable List<Attendance> attendance, long version) {

    public Activity {
        attendance = attendance == null ? null : Collections.unmodifiableList(new ArrayList<>(attendance));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this activity's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().id(id).organizationId(organizationId).type(type).status(status).plannedDate(plannedDate).topic(topic).filedBy(filedBy)
                .filedAt(filedAt).heldDate(heldDate).minutes(minutes).attendance(attendance).version(version);
    }

    /** Builds an Activity component by component; what is not set stays null (0 or false for primitives). */
    public static final class Builder {
        private @Nullable Long id;
        private @Nullable Long organizationId;
        private @Nullable ActivityType type;
        private @Nullable ActivityStatus status;
        private @Nullable LocalDate plannedDate;
        private @Nullable String topic;
        private @Nullable String filedBy;
        private @Nullable LocalDateTime filedAt;
        private @Nullable LocalDate heldDate;
        private @Nullable String minutes;
        private @Nullable List<Attendance> attendance;
        private long version;

        private Builder() {
        }

        public Builder id(@Nullable Long id) {
            this.id = id;
            return this;
        }

        public Builder organizationId(Long organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        public Builder type(ActivityType type) {
            this.type = type;
            return this;
        }

        public Builder status(@Nullable ActivityStatus status) {
            this.status = status;
            return this;
        }

        public Builder plannedDate(LocalDate plannedDate) {
            this.plannedDate = plannedDate;
            return this;
        }

        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        public Builder filedBy(String filedBy) {
            this.filedBy = filedBy;
            return this;
        }

        public Builder filedAt(@Nullable LocalDateTime filedAt) {
            this.filedAt = filedAt;
            return this;
        }

        public Builder heldDate(@Nullable LocalDate heldDate) {
            this.heldDate = heldDate;
            return this;
        }

        public Builder minutes(@Nullable String minutes) {
            this.minutes = minutes;
            return this;
        }

        public Builder attendance(@Nullable List<Attendance> attendance) {
            this.attendance = attendance;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        /** The activity; components a service requires and that were not set are null, and the service refuses them. */
        public Activity build() {
            return new Activity(id, organizationId, type, status, plannedDate, topic, filedBy, filedAt, heldDate, minutes, attendance, version);
        }
    }
}
