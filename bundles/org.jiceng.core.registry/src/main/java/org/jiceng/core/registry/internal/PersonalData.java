package org.jiceng.core.registry.internal;

import org.jiceng.common.Validator;
import org.jiceng.registry.Member;
import org.jiceng.registry.PersonalDataMask;

/**
 * ID card numbers and phone numbers: checked on input, masked wherever many records are shown
 * (lists and exports), and never logged.
 */
public final class PersonalData {
    private PersonalData() {
    }

    public static void validate(Member m, Validator v) {
        if (m.idCardNumber() != null && !m.idCardNumber().isBlank()) {
            v.check(m.idCardNumber().trim().matches("\\d{17}[\\dX]"), "idCardNumber", "must be 18 characters: 17 digits and a digit or X");
        }
        if (m.phone() != null && !m.phone().isBlank()) {
            v.check(m.phone().trim().matches("\\+?[0-9][0-9 -]{4,18}"), "phone", "must be a phone number");
        }
        v.maxLength("memberNumber", m.memberNumber(), 32);
    }

    /** The member with its personal fields masked (see {@link PersonalDataMask}). */
    public static Member mask(Member m) {
        return PersonalDataMask.mask(m);
    }
}
