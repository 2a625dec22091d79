package org.jiceng.module.wugang.standingdelegates.internal;

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

/** Inquiries (询问) and questionings (质询) delegates address to units, and the units' answers. */
@Component(service = Inquiries.class)
public class Inquiries {
    static final Set<String> SORTABLE = Set.of("id", "askedOn", "delegateId");
    private static final Map<String, String> SORT = Map.of("id", "i.id", "askedOn", "i.askedOn", "delegateId", "i.delegateId");

    public record NewInquiry(Long delegateId, InquiryKind kind, String addressedTo, String question, LocalDate askedOn) {
    }

    public record Answer(String answer, LocalDate answeredOn, Long version) {
    }

    private final Store store;
    private final Delegates delegates;

    @Activate
    public Inquiries(@Reference Store store, @Reference Delegates delegates) {
        this.store = store;
        this.delegates = delegates;
    }

    InquiryView ask(String code, NewInquiry in, LocalDate today) {
        new Validator().require("delegateId", in.delegateId()).require("kind", in.kind()).require("addressedTo", in.addressedTo())
                .maxLength("addressedTo", in.addressedTo(), 200).require("question", in.question()).maxLength("question", in.question(), 4000)
                .check(in.askedOn() == null || !in.askedOn().isAfter(today), "askedOn", "must not be in the future").throwIfInvalid();
        LocalDate on = in.askedOn() == null ? today : in.askedOn();
        return store.tx().write(em -> {
            DelegateEntity d = delegates.serving(em, code, in.delegateId(), on);
            InquiryEntity i = new InquiryEntity();
            i.delegateId = d.id;
            i.jurisdictionCode = d.jurisdictionCode;
            i.kind = in.kind();
            i.addressedTo = in.addressedTo().trim();
            i.question = in.question().trim();
            i.askedOn = on;
            i.recordedBy = Store.caller();
            em.persist(i);
            em.flush();
            return Views.of(i);
        });
    }

    InquiryView answer(String code, long id, Answer in, LocalDate today) {
        new Validator().require("answer", in.answer()).maxLength("answer", in.answer(), 4000).require("version", in.version())
                .check(in.answeredOn() == null || !in.answeredOn().isAfter(today), "answeredOn", "must not be in the future").throwIfInvalid();
        LocalDate on = in.answeredOn() == null ? today : in.answeredOn();
        return store.tx().write(em -> {
            InquiryEntity i = store.find(em, InquiryEntity.class, id, "Inquiry", code, x -> x.jurisdictionCode);
            ConflictException.requireVersion("Inquiry", id, i.version, in.version());
            if (i.answer != null) {
                throw new RuleViolationException(DelegateRules.INQUIRY_ANSWERED, "Inquiry " + id + " was answered on " + i.answeredOn);
            }
            new Validator().check(!on.isBefore(i.askedOn), "answeredOn", "must not be before it was asked (" + i.askedOn + ")").throwIfInvalid();
            i.answer = in.answer().trim();
            i.answeredOn = on;
            em.flush();
            return Views.of(i);
        });
    }

    Page<InquiryView> list(String code, Long delegateId, InquiryKind kind, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<InquiryEntity> rows = new QueryBuilder("InquiryEntity", "i").where("i.jurisdictionCode IN :codes", "codes", codes)
                    .where("i.delegateId = :d", "d", delegateId).where("i.kind = :k", "k", kind)
                    .page(em, InquiryEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(Views::of).toList(), rows.page(), rows.size(), rows.total());
        });
    }
}
