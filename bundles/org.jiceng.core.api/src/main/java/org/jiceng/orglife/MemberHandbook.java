package org.jiceng.orglife;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A member's year of organizational life (广宗's 党内组织生活活动手册): per activity type, how many
 * held activities had the member on their roll and how many the member attended; dues months paid
 * against the months owed; volunteering.
 *
 * @param organizationId the member's organization; null for a member without one
 * @param held held (or archived) activities of the year whose roll lists the member, per type
 * @param attended of those, the ones the member was present at, per type
 * @param duesMonthsPaid months of the year paid for, yyyy-MM, in order
 * @param duesMonthsExpected months of the year the member owes dues for so far: from admission as probationary member up to the
 *     current month
 */
public record MemberHandbook(long memberId, String memberName, @Nullable Long organizationId, int year, Map<ActivityType, Long> held,
        Map<ActivityType, Long> attended, long volunteering, List<String> duesMonthsPaid, int duesMonthsExpected, BigDecimal duesPaidAmount) {

    public MemberHandbook {
        // copies that keep the order of the types, which is the order in JSON
        held = Collections.unmodifiableMap(new LinkedHashMap<>(held));
        attended = Collections.unmodifiableMap(new LinkedHashMap<>(attended));
        duesMonthsPaid = List.copyOf(duesMonthsPaid);
    }
}
