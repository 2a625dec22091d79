package org.jiceng.registry;

/**
 * How ID card and phone numbers are shown wherever many records are listed or exported: the
 * region and the last four digits of an ID card, the first three and last four digits of a phone.
 */
public final class PersonalDataMask {
    private PersonalDataMask() {
    }

    /** Masks the personal fields of a member in place and returns it. */
    public static Member mask(Member m) {
        m.setIdCardNumber(idCard(m.getIdCardNumber()));
        m.setPhone(phone(m.getPhone()));
        return m;
    }

    /** {@code 110113199001011234} → {@code 110113********1234}: the region stays, the birth date does not. */
    public static String idCard(String id) {
        if (id == null || id.length() < 10) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** {@code 13812345678} → {@code 138****5678}. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
