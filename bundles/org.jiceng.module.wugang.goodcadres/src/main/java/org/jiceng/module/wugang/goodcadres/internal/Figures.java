package org.jiceng.module.wugang.goodcadres.internal;

import java.math.BigDecimal;
import java.util.Map;

import org.jiceng.common.Shares;

/**
 * A campaign's figures as the county reports them (seed: four channels, five rounds, about 80 %
 * eliminated). Counted from the nominations and the rounds' decisions, never stored.
 */
public class Figures {
    public String jurisdictionCode;
    public long campaignId;
    public int year;
    public int quota;
    public long nominations;
    public long unitNominations;
    public long individualNominations;
    public long publicNominations;
    public long selfNominations;
    public long eliminatedFirstReview;
    public long eliminatedInspection;
    public long eliminatedSecondReview;
    public long eliminatedPublicNotice;
    public long eliminatedApproval;
    public long eliminated;
    public long approved;
    /** Nominations still in one of the rounds. */
    public long inReview;
    /** eliminated / nominations, four decimals. */
    public double eliminatedShare;
    /** The same as a percentage, e.g. "80.0" (淘汰率). */
    public String eliminatedPercent;
    public long objections;
    public long objectionsUpheld;

    static Figures of(CampaignView campaign, Map<Channel, Long> byChannel, Map<Round, Long> eliminatedIn, long approved, long objections,
            long objectionsUpheld) {
        Figures f = new Figures();
        f.jurisdictionCode = campaign.jurisdictionCode;
        f.campaignId = campaign.id;
        f.year = campaign.year;
        f.quota = campaign.quota;
        f.unitNominations = byChannel.getOrDefault(Channel.UNIT, 0L);
        f.individualNominations = byChannel.getOrDefault(Channel.INDIVIDUAL, 0L);
        f.publicNominations = byChannel.getOrDefault(Channel.PUBLIC, 0L);
        f.selfNominations = byChannel.getOrDefault(Channel.SELF, 0L);
        f.nominations = f.unitNominations + f.individualNominations + f.publicNominations + f.selfNominations;
        f.eliminatedFirstReview = eliminatedIn.getOrDefault(Round.FIRST_REVIEW, 0L);
        f.eliminatedInspection = eliminatedIn.getOrDefault(Round.INSPECTION, 0L);
        f.eliminatedSecondReview = eliminatedIn.getOrDefault(Round.SECOND_REVIEW, 0L);
        f.eliminatedPublicNotice = eliminatedIn.getOrDefault(Round.PUBLIC_NOTICE, 0L);
        f.eliminatedApproval = eliminatedIn.getOrDefault(Round.APPROVAL, 0L);
        f.eliminated = f.eliminatedFirstReview + f.eliminatedInspection + f.eliminatedSecondReview + f.eliminatedPublicNotice + f.eliminatedApproval;
        f.approved = approved;
        f.inReview = f.nominations - f.eliminated - f.approved;
        BigDecimal share = Shares.of(f.eliminated, f.nominations);
        f.eliminatedShare = share.doubleValue();
        f.eliminatedPercent = Shares.percent(share);
        f.objections = objections;
        f.objectionsUpheld = objectionsUpheld;
        return f;
    }
}
