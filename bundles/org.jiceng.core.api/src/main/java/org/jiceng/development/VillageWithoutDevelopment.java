package org.jiceng.development;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A village (or community) with no member developed for a number of years.
 *
 * @param lastAdmission last admission as probationary member, null when there never was one on record
 * @param members the village's members
 */
public record VillageWithoutDevelopment(String code, String name, @Nullable LocalDate lastAdmission, long members) {
}
