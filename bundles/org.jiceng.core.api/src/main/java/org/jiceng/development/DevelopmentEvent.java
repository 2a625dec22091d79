package org.jiceng.development;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jiceng.security.Actor;
import org.jspecify.annotations.Nullable;

/**
 * One recorded step of a member's record: what, when, decided by whom, on which evidence, recorded by whom.
 * As a request only type, date, decidingBody, evidence, recordedBy, extensionMonths and note are read;
 * id, memberId and recordedAt are the server's.
 *
 * @param id null until recorded
 * @param decidingBody the organ that decided the step, an outside name the record keeps
 * @param recordedBy the account that recorded it: over REST, the one logged in (filled in when absent, refused when naming another)
 * @param evidence the records the step rests on; null when a request gives none (refused by {@code evidence-required})
 * @param recordedAt null until recorded
 * @param extensionMonths for PROBATION_EXTENDED: the extension in months (1-12); null otherwise
 */
public record DevelopmentEvent(@Nullable Long id, long memberId, EventType type, LocalDate date, @Nullable String decidingBody,
        @Nullable List<Evidence> evidence, @Actor String recordedBy, @Nullable Instant recordedAt, @Nullable Integer extensionMonths,
        @Nullable String note) {

    public DevelopmentEvent {
        // a JSON request may list null evidence, which the rules refuse: List.copyOf would throw first
        evidence = evidence == null ? null : Collections.unmodifiableList(new ArrayList<>(evidence));
    }
}
