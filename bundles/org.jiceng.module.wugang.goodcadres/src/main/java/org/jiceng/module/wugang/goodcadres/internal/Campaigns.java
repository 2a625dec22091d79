package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Selection campaigns: one a year per county, with the nomination deadline, the quota and the public notice. */
@Component(service = Campaigns.class)
public class Campaigns {
    static final Set<String> SORTABLE = Set.of("id", "year");
    private static final Map<String, String> SORT = Map.of("id", "c.id", "year", "c.selectionYear");

    /** Input of a new campaign. */
    public record NewCampaign(Integer year, String title, LocalDate nominationDeadline, Integer quota) {
    }

    private final Store store;

    @Activate
    public Campaigns(@Reference Store store) {
        this.store = store;
    }

    CampaignView create(String code, NewCampaign in) {
        new Validator().require("year", in.year()).range("year", in.year(), 2000, 2100).require("title", in.title())
                .maxLength("title", in.title(), 200).require("nominationDeadline", in.nominationDeadline()).require("quota", in.quota())
                .range("quota", in.quota(), 1, 1000).throwIfInvalid();
        if (store.jurisdictions().get(code).level() != JurisdictionLevel.COUNTY) {
            throw new RuleViolationException(SelectionRules.CAMPAIGN_BY_COUNTY, "The good-cadre selection is held by the county committee; "
                    + code + " is not a county");
        }
        return store.tx().write(em -> {
            if (!em.createQuery("SELECT c.id FROM CampaignEntity c WHERE c.jurisdictionCode = :j AND c.selectionYear = :y", Long.class)
                    .setParameter("j", code).setParameter("y", in.year()).getResultList().isEmpty()) {
                throw new ConflictException("A good-cadre selection of " + in.year() + " exists in " + code);
            }
            CampaignEntity c = new CampaignEntity();
            c.jurisdictionCode = code;
            c.selectionYear = in.year();
            c.title = in.title().trim();
            c.nominationDeadline = in.nominationDeadline();
            c.quota = in.quota();
            c.createdBy = Store.caller();
            em.persist(c);
            em.flush();
            return c.toView();
        });
    }

    Page<CampaignView> list(String code, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("CampaignEntity", "c").where("c.jurisdictionCode IN :codes", "codes", codes).where(
                    "c.selectionYear = :y",
                    "y", year);
            Page<CampaignEntity> rows = q.page(em, CampaignEntity.class, page.withDefaultOrder(new PageRequest.Order("year", false)), SORT);
            return new Page<>(rows.items().stream().map(CampaignEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    CampaignView get(String code, long id) {
        return store.tx().read(em -> load(em, code, id).toView());
    }

    /** The campaign of a year in the subtree (a county holds one a year): how upper-level systems name it. */
    CampaignView byYear(String code, Integer year) {
        new Validator().require("year", year).throwIfInvalid();
        List<CampaignView> found = list(code, year, PageRequest.first(1)).items();
        if (found.isEmpty()) {
            throw new NotFoundException("No good-cadre selection of " + year + " in jurisdiction '" + code + "'");
        }
        return found.get(0);
    }

    /** Publishes the public notice (公示) of those who passed 二评; objections are taken from {@code from} to {@code to}. */
    CampaignView publishNotice(String code, long id, LocalDate from, LocalDate to, Long version) {
        new Validator().require("from", from).require("to", to).require("version", version)
                .check(from == null || to == null || !to.isBefore(from), "to", "must not be before from").throwIfInvalid();
        return store.tx().write(em -> {
            CampaignEntity c = load(em, code, id);
            ConflictException.requireVersion("Campaign", id, c.version, version);
            new Validator().check(from.isAfter(c.nominationDeadline), "from", "must be after the nomination deadline (" + c.nominationDeadline + ")")
                    .throwIfInvalid();
            SelectionRules.checkNoticePeriod(c.noticeFrom, from, to);
            c.noticeFrom = from;
            c.noticeTo = to;
            em.flush();
            return c.toView();
        });
    }

    CampaignEntity load(EntityManager em, String code, long id) {
        return store.find(em, CampaignEntity.class, id, "Campaign", code, c -> c.jurisdictionCode);
    }
}
