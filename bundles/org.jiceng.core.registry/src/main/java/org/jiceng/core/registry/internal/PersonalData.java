package org.jiceng.core.registry.internal;

import org.jiceng.common.Validator;
import org.jiceng.registry.Member;

/**
 * ID card numbers and phone numbers: checked on input, masked wherever many records are shown
 * (lists and exports), and never logged.
 */
public final class PersonalData {
    private PersonalData() {
    }

    static void validate(Member m, Validator v) {
        if (m.getIdCardNumber() != null && !m.getIdCardNumber().isBlank()) {
            v.check(m.getIdCardNumber().trim().matches("\\d{17}[\\dX]"), "idCardNumber", "must be 18 characters: 17 digits and a digit or X");
        }
        if (m.getPhone() != null && !m.getPhone().isBlank()) {
            v.check(m.getPhone().trim().matches("\\+?[0-9][0-9 -]{4,18}"), "phone", "must be a phone number");
        }
        v.maxLength("memberNumber", m.getMemberNumber(), 32);
    }

    /** Masks the personal fields of a member in place. */
    public static Member mask(Member m) {
        m.setIdCardNumber(maskIdCard(m.getIdCardNumber()));
        m.setPhone(maskPhone(m.getPhone()));
        return m;
    }

    /** {@code 110113199001011234} → {@code 110113********1234}: the region stays, the birth date does not. */
    public static String maskIdCard(String id) {
        if (id == null || id.length() < 10) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** {@code 13812345678} → {@code 138****5678}. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
