package org.jiceng.registry;

import org.jspecify.annotations.Nullable;

/**
 * How ID card and phone numbers are shown wherever many records are listed or exported: the
 * region and the last four digits of an ID card, the first three and last four digits of a phone.
 */
public final class PersonalDataMask {
    private PersonalDataMask() {
    }

    /** The member with its personal fields masked (a copy: the member itself is not changed). */
    public static Member mask(Member m) {
        return m.toBuilder().idCardNumber(idCard(m.idCardNumber())).phone(phone(m.phone())).build();
    }

    /** {@code 110113199001011234} → {@code 110113********1234}: the region stays, the birth date does not. */
    public static @Nullable String idCard(@Nullable String id) {
        if (id == null || id.length() < 10) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** {@code 13812345678} → {@code 138****5678}. */
    public static @Nullable String phone(@Nullable String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
