package org.jiceng.orglife;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One month of Party dues (党费) paid by a member; at most one payment per member and month. In a
 * request, id and organizationId are the server's and paidOn may be left out; member, month and
 * amount are required (a request without them is refused).
 *
 * @param organizationId the organization the member belonged to when paying; set by the server
 * @param month the month paid for, written yyyy-MM
 * @param amount in yuan, at most two decimals
 * @param paidOn today when not given
 */
public record DuesPayment(@Nullable Long id, Long memberId, @Nullable Long organizationId, String month, BigDecimal amount,
        @Nullable LocalDate paidOn) {
}
