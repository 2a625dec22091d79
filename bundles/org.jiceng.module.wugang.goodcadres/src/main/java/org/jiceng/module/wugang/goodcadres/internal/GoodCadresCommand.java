package org.jiceng.module.wugang.goodcadres.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.module.ModuleRegistry;

/**
 * {@code wugang:good-cadres <code> <year>}: each campaign of the year as {@code …/campaigns/{id}/figures}
 * answers — nominated per channel, how many remain after each of the five rounds, approved, the
 * share eliminated.
 */
@Command(scope = "wugang", name = "good-cadres", description = "Figures of the year's good-cadre selection (好干部评选): channels, rounds, approved, eliminated")
@Service
public class GoodCadresCommand implements Action {
    @Reference
    Campaigns campaigns;

    @Reference
    Results results;

    @Reference
    ModuleRegistry modules;

    @Argument(index = 0, name = "code", description = "jurisdiction code, e.g. 430581", required = true)
    String code;

    @Argument(index = 1, name = "year", description = "year of the campaign, e.g. 2026", required = true)
    int year;

    @Override
    public Object execute() {
        modules.requireEnabled(Store.MODULE_ID, code);
        List<CampaignView> found = Pages.all("id", Campaigns.SORTABLE, (PageRequest p) -> campaigns.list(code, year, p));
        StringBuilder out = new StringBuilder();
        out.append(String.format("好干部评选 %s %d: %d campaign(s)%n", code, year, found.size()));
        for (CampaignView c : found) {
            Figures f = results.figures(code, c.id);
            out.append(String.format("campaign %d     %s (quota %d)%n", c.id, c.title, f.quota));
            out.append(String.format("nominated      %d (unit %d, individual %d, public %d, self %d)%n", f.nominations, f.unitNominations,
                    f.individualNominations, f.publicNominations, f.selfNominations));
            long remaining = f.nominations;
            remaining -= f.eliminatedFirstReview;
            out.append(round("first review 初评", f.eliminatedFirstReview, remaining));
            remaining -= f.eliminatedInspection;
            out.append(round("inspection 考察", f.eliminatedInspection, remaining));
            remaining -= f.eliminatedSecondReview;
            out.append(round("second review 二评", f.eliminatedSecondReview, remaining));
            remaining -= f.eliminatedPublicNotice;
            out.append(round("public notice 公示", f.eliminatedPublicNotice, remaining));
            remaining -= f.eliminatedApproval;
            out.append(round("approval 审定", f.eliminatedApproval, remaining));
            out.append(String.format("approved       %d, in review %d%n", f.approved, f.inReview));
            out.append(String.format("eliminated     %d (%s%%)%n", f.eliminated, f.eliminatedPercent));
            out.append(String.format("objections     %d, upheld %d%n", f.objections, f.objectionsUpheld));
        }
        System.out.print(out);
        return null;
    }

    /** A round's line; "remaining" counts those not eliminated up to and including it (approved or still in review). */
    private static String round(String name, long eliminated, long remaining) {
        return String.format("  %-20s eliminated %4d, remaining %4d%n", name, eliminated, remaining);
    }
}
