package org.jiceng.module.xingning.twowayreporting.internal;

import java.math.BigDecimal;

/**
 * How a county weighs the two directions and where its result list draws the lines. The seed gives
 * no weighting: by default each direction weighs half — as the engine weighs the sides of its grade,
 * so that the many cadres below do not drown the few committee members above — recommended at 90,
 * talked to below 75; a county changes them at its code.
 *
 * @param upperWeight percent of the city committee members' average score
 * @param lowerWeight percent of the town and village cadres' average score; the two add up to 100
 */
record Weighting(String countyCode, int upperWeight, int lowerWeight, BigDecimal recommendScore, BigDecimal talkScore, boolean defaults,
        Long version) {
    static final int DEFAULT_UPPER = 50;
    static final int DEFAULT_LOWER = 50;
    static final BigDecimal DEFAULT_RECOMMEND = new BigDecimal("90.00");
    static final BigDecimal DEFAULT_TALK = new BigDecimal("75.00");

    static Weighting defaultsFor(String countyCode) {
        return new Weighting(countyCode, DEFAULT_UPPER, DEFAULT_LOWER, DEFAULT_RECOMMEND, DEFAULT_TALK, true, null);
    }
}
