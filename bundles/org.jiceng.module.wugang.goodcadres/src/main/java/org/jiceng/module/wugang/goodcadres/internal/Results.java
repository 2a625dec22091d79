package org.jiceng.module.wugang.goodcadres.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What a campaign came to: its figures and the result list, for REST, SOAP and the PDF alike. */
@Component(service = Results.class)
public class Results {
    static final Set<String> SORTABLE = Set.of("nominationId", "memberName", "approvedOn", "jurisdictionCode");
    private static final Map<String, Comparator<ResultRow>> ORDER = Map.of("nominationId", Comparator.comparingLong(r -> r.nominationId),
            "memberName", Comparator.comparing(r -> r.memberName), "approvedOn", Comparator.comparing(r -> r.approvedOn), "jurisdictionCode",
            Comparator.comparing(r -> r.jurisdictionCode));

    private final Store store;
    private final Campaigns campaigns;

    @Activate
    public Results(@Reference Store store, @Reference Campaigns campaigns) {
        this.store = store;
        this.campaigns = campaigns;
    }

    Figures figures(String code, long campaignId) {
        CampaignView c = campaigns.get(code, campaignId);
        return store.tx().read(em -> {
            Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
            for (Object[] row : em.createQuery("SELECT n.channel, COUNT(n) FROM NominationEntity n WHERE n.campaignId = :c GROUP BY n.channel",
                    Object[].class).setParameter("c", c.id).getResultList()) {
                byChannel.put((Channel) row[0], (Long) row[1]);
            }
            Map<Round, Long> eliminatedIn = new EnumMap<>(Round.class);
            for (Object[] row : em.createQuery("SELECT d.roundKey, COUNT(d) FROM RoundDecisionEntity d WHERE d.campaignId = :c AND d.outcome = :o "
                    + "GROUP BY d.roundKey", Object[].class).setParameter("c", c.id).setParameter("o", Outcome.ELIMINATE).getResultList()) {
                eliminatedIn.put(Round.ofKey("round", (String) row[0]), (Long) row[1]);
            }
            long approved = em.createQuery("SELECT COUNT(n) FROM NominationEntity n WHERE n.campaignId = :c AND n.status = :s", Long.class)
                    .setParameter("c", c.id).setParameter("s", NominationStatus.APPROVED).getSingleResult();
            long objections = em.createQuery("SELECT COUNT(o) FROM ObjectionEntity o WHERE o.campaignId = :c", Long.class).setParameter("c", c.id)
                    .getSingleResult();
            long upheld = em.createQuery("SELECT COUNT(o) FROM ObjectionEntity o WHERE o.campaignId = :c AND o.status = :s", Long.class)
                    .setParameter("c", c.id).setParameter("s", ObjectionStatus.UPHELD).getSingleResult();
            return Figures.of(c, byChannel, eliminatedIn, approved, objections, upheld);
        });
    }

    /** The approved nominees, by day of approval then name: the result list (好干部名单). */
    List<ResultRow> all(String code, long campaignId) {
        CampaignView c = campaigns.get(code, campaignId);
        List<Object[]> rows = store.tx().read(em -> em.createQuery("SELECT n, d.decidedOn FROM NominationEntity n, RoundDecisionEntity d "
                + "WHERE d.nominationId = n.id AND d.roundKey = :r AND d.outcome = :o AND n.campaignId = :c ORDER BY d.decidedOn, n.memberName, n.id",
                Object[].class).setParameter("r", Round.APPROVAL.key()).setParameter("o", Outcome.PASS).setParameter("c", c.id).getResultList());
        Map<String, String> names = new HashMap<>();
        List<ResultRow> out = new ArrayList<>();
        for (Object[] row : rows) {
            NominationEntity n = (NominationEntity) row[0];
            ResultRow r = new ResultRow();
            r.nominationId = n.id;
            r.memberId = n.memberId;
            r.memberName = n.memberName;
            r.jurisdictionCode = n.jurisdictionCode;
            r.jurisdictionName = names.computeIfAbsent(n.jurisdictionCode,
                    j -> store.nameOf(j));
            r.channel = n.channel;
            r.channelName = n.channel.nameZh();
            r.nominator = n.nominator;
            r.approvedOn = (java.time.LocalDate) row[1];
            out.add(r);
        }
        return out;
    }

    /** The result list a page at a time: a campaign approves at most its quota, so it is sorted in memory. */
    Page<ResultRow> page(String code, long campaignId, PageRequest request) {
        List<ResultRow> all = new ArrayList<>(all(code, campaignId));
        Comparator<ResultRow> order = null;
        for (PageRequest.Order o : request.orders()) {
            Comparator<ResultRow> c = o.ascending() ? ORDER.get(o.field()) : ORDER.get(o.field()).reversed();
            order = order == null ? c : order.thenComparing(c);
        }
        if (order != null) {
            all.sort(order.thenComparing(ORDER.get("nominationId")));
        }
        int from = Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new Page<>(new ArrayList<>(all.subList(from, to)), request.page(), request.size(), all.size());
    }
}
