package org.jiceng.module.wugang.pledgesreports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Shares;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.duty.ItemAssessment;
import org.jiceng.duty.Pledge;
import org.jiceng.duty.PledgeCascade;
import org.jiceng.duty.PledgeItem;
import org.jiceng.duty.PledgeService;
import org.jiceng.duty.PledgeStatus;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 武冈's three-level pledges on the engine: the county (市委) to each township, each township to each
 * of its villages, with 武冈's standard items unless others are given. A pledge is in a
 * jurisdiction's scope when its signer is, as in the engine's lists: a township sees (and signs) the
 * pledge the county issued to it, and those it issued to its villages.
 */
@Component(service = Pledges.class)
public class Pledges {
    private final PledgeService pledges;
    private final JurisdictionService jurisdictions;

    @Activate
    public Pledges(@Reference PledgeService pledges, @Reference JurisdictionService jurisdictions) {
        this.pledges = pledges;
        this.jurisdictions = jurisdictions;
    }

    /** Issues a pledge from {@code issuerCode} (default: {@code code} itself) one level down. */
    Pledge issue(String code, Integer year, String issuerCode, String signerCode, String title, List<PledgeItem> items) {
        new Validator().require("year", year).require("signerCode", signerCode).throwIfInvalid();
        Jurisdiction issuer = inScope(code, issuerCode == null || issuerCode.isBlank() ? code : issuerCode.trim(), "issuerCode");
        Jurisdiction signer = inScope(code, signerCode.trim(), "signerCode");
        WugangRules.checkOneLevelDown(issuer.code(), issuer.level(), signer.code(), signer.parentCode());
        return pledges.issue(new Pledge(null, year, issuer.code(), signer.code(), null,
                title == null || title.isBlank() ? WugangRules.pledgeTitle(year, signer.level()) : title,
                items == null || items.isEmpty() ? WugangRules.standardItems(signer.level()) : items, null, null, null, null, null, 0, null,
                null));
    }

    private Jurisdiction inScope(String code, String candidate, String field) {
        Jurisdiction j = jurisdictions.find(candidate).orElse(null);
        if (j == null || !jurisdictions.isWithin(j.code(), code)) {
            throw new ValidationException(field, "no jurisdiction " + candidate + " in " + code);
        }
        return j;
    }

    Page<Pledge> list(String code, Integer year, PledgeStatus status, String issuerCode, PageRequest page) {
        return pledges.find(code, year, status, issuerCode, page);
    }

    Pledge get(String code, long id) {
        Pledge p;
        try {
            p = pledges.get(id);
        } catch (NotFoundException e) {
            throw new NotFoundException("Pledge", id);
        }
        if (!jurisdictions.isWithin(p.signerCode(), code)) {
            throw new NotFoundException("Pledge", id);
        }
        return p;
    }

    Pledge sign(String code, long id, String signedBy, LocalDate on, Long version) {
        get(code, id);
        return pledges.sign(id, signedBy, on, Validator.requiredVersion(version));
    }

    Pledge assess(String code, long id, List<ItemAssessment> items, String assessedBy, LocalDate on, Long version) {
        get(code, id);
        return pledges.assess(id, items, assessedBy, on, Validator.requiredVersion(version));
    }

    PledgeCascade cascade(String code, Integer year) {
        new Validator().require("year", year).throwIfInvalid();
        return pledges.cascade(code, year);
    }

    /** The cascade flattened for SOAP: one row per level. */
    List<PledgeFigures> figures(String code, Integer year) {
        List<PledgeFigures> out = new ArrayList<>();
        for (PledgeCascade.Level l : cascade(code, year).levels()) {
            PledgeFigures f = new PledgeFigures();
            f.jurisdictionCode = code;
            f.year = year;
            f.level = l.level().name();
            f.jurisdictions = l.jurisdictions();
            f.pledged = l.pledged();
            f.signed = l.signed();
            f.assessed = l.assessed();
            f.signedPercent = Shares.percent(l.signedShare());
            out.add(f);
        }
        return out;
    }
}
