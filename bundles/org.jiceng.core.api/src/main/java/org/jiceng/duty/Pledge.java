package org.jiceng.duty;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.registry.JurisdictionLevel;
import org.jspecify.annotations.Nullable;

/**
 * A responsibility pledge (责任书/责任状) for a year, issued by an upper jurisdiction to a lower one.
 *
 * @param issuerCode the issuing jurisdiction (e.g. the county 市委)
 * @param signerCode the signing jurisdiction, directly or anywhere below the issuer
 * @param signerLevel the signer's level in the jurisdiction tree (on input: ignored)
 * @param totalPoints the sum of the items' points (on input: ignored)
 * @param awardedPoints the sum of the points given at assessment (null before)
 */
public record Pledge(@Nullable Long id, int year, String issuerCode, String signerCode, JurisdictionLevel signerLevel, String title,
        List<PledgeItem> items,
        PledgeStatus status, @Nullable LocalDate signedOn, @Nullable String signedBy, @Nullable LocalDate assessedOn, @Nullable String assessedBy,
        int totalPoints,
        @Nullable Integer awardedPoints, @Nullable Long version) {
}
