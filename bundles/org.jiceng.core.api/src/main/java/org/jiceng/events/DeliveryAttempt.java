package org.jiceng.events;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One attempt of a delivery, or a redelivery asked for ({@code redeliveredBy} set, no status).
 *
 * @param statusCode the receiver's HTTP status; null when it gave none
 * @param error why the attempt failed, null when it succeeded
 * @param millis how long the attempt took
 */
public record DeliveryAttempt(LocalDateTime at, @Nullable Integer statusCode, @Nullable String error, long millis,
        @Nullable String redeliveredBy) {
}
