package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Objections (异议) to nominees on the public notice: raised during the objection period, then upheld or dismissed. */
@Component(service = Objections.class)
public class Objections {
    static final Set<String> SORTABLE = Set.of("id", "raisedOn", "status");
    private static final Map<String, String> SORT = Map.of("id", "o.id", "raisedOn", "o.raisedOn", "status", "o.status");
    /** Recorded for a letter or call that gives no name. */
    static final String ANONYMOUS = "匿名";

    /** Input of an objection; {@code raisedOn} is today when null. */
    public record NewObjection(String content, String raisedBy, LocalDate raisedOn) {
    }

    /** What looking into an objection found; {@code resolvedOn} is today when null. */
    public record Resolution(Boolean upheld, String finding, LocalDate resolvedOn, Long version) {
    }

    private final Store store;
    private final Nominations nominations;

    @Activate
    public Objections(@Reference Store store, @Reference Nominations nominations) {
        this.store = store;
        this.nominations = nominations;
    }

    ObjectionView raise(String code, long nominationId, NewObjection in, LocalDate today) {
        new Validator().require("content", in.content()).maxLength("content", in.content(), 2000).maxLength("raisedBy", in.raisedBy(), 100)
                .check(in.raisedOn() == null || !in.raisedOn().isAfter(today), "raisedOn", "must not be in the future").throwIfInvalid();
        LocalDate on = in.raisedOn() == null ? today : in.raisedOn();
        return store.tx().write(em -> {
            NominationEntity n = nominations.load(em, code, nominationId);
            CampaignEntity c = em.find(CampaignEntity.class, n.campaignId);
            SelectionRules.checkObjectionWindow(n.id, n.status, n.round(), c.noticeFrom, c.noticeTo, on);
            ObjectionEntity o = new ObjectionEntity();
            o.nominationId = n.id;
            o.campaignId = n.campaignId;
            o.jurisdictionCode = n.jurisdictionCode;
            o.content = in.content().trim();
            o.raisedBy = in.raisedBy() == null || in.raisedBy().isBlank() ? ANONYMOUS : in.raisedBy().trim();
            o.raisedOn = on;
            o.recordedBy = Store.caller();
            em.persist(o);
            em.flush();
            return o.toView();
        });
    }

    ObjectionView resolve(String code, long id, Resolution in, LocalDate today) {
        new Validator().require("upheld", in.upheld()).require("finding", in.finding()).maxLength("finding", in.finding(), 2000)
                .require("version", in.version())
                .check(in.resolvedOn() == null || !in.resolvedOn().isAfter(today), "resolvedOn", "must not be in the future").throwIfInvalid();
        LocalDate on = in.resolvedOn() == null ? today : in.resolvedOn();
        return store.tx().write(em -> {
            ObjectionEntity o = store.find(em, ObjectionEntity.class, id, "Objection", code, x -> x.jurisdictionCode);
            if (o.status != ObjectionStatus.OPEN) {
                throw new RuleViolationException(SelectionRules.OBJECTION_RESOLVED, "Objection " + id + " was already " + o.status + " on "
                        + o.resolvedOn);
            }
            ConflictException.requireVersion("Objection", id, o.version, in.version());
            new Validator().check(!on.isBefore(o.raisedOn), "resolvedOn", "must not be before the objection was raised (" + o.raisedOn + ")")
                    .throwIfInvalid();
            o.status = in.upheld() ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
            o.finding = in.finding().trim();
            o.resolvedOn = on;
            o.resolvedBy = Store.caller();
            em.flush();
            return o.toView();
        });
    }

    Page<ObjectionView> list(String code, Long campaignId, Long nominationId, ObjectionStatus status, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("ObjectionEntity", "o").where("o.jurisdictionCode IN :codes", "codes", codes)
                    .where("o.campaignId = :c", "c", campaignId).where("o.nominationId = :n", "n", nominationId).where("o.status = :s", "s", status);
            Page<ObjectionEntity> rows = q.page(em, ObjectionEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(ObjectionEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    ObjectionView get(String code, long id) {
        return store.tx().read(em -> store.find(em, ObjectionEntity.class, id, "Objection", code, x -> x.jurisdictionCode).toView());
    }
}
