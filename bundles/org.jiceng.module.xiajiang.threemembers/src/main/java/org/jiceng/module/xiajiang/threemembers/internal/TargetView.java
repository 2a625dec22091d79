package org.jiceng.module.xiajiang.threemembers.internal;

/** A target as REST shows it; {@code upgraded} is stars after above stars before. */
public record TargetView(Long id, int year, MemberRole role, Long organizationId, SectorDomain domain, String name, String jurisdictionCode,
        String source, Integer starsBefore, Integer starsAfter, boolean upgraded, boolean sixGoods, Long sixGoodsEvaluationId,
        boolean withdrawn, String note, Long version) {
}
