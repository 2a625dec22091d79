package org.jiceng.module.shunyi.twonew.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Shares;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Education;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The district's reserve talent database for village and community cadres (村、社区干部队伍后备人才资源数据库):
 * people from organs, institutions, district enterprises, villages and two-new organizations entered
 * for a post, posted to a village or community (选派到村、社区任职) or withdrawn.
 */
@Component(service = Talents.class)
public class Talents {
    static final String RULE_NOT_IN_RESERVE = "talent-not-in-reserve";
    static final Set<String> SORTABLE = Set.of("id", "name", "birthDate", "enteredOn");
    private static final Map<String, String> SORT = Map.of("id", "t.id", "name", "t.name", "birthDate", "t.birthDate", "enteredOn",
            "t.enteredOn");
    /** The youngest a cadre of a village or community may be. */
    static final int MINIMUM_AGE = 18;

    private final Store store;
    private final MemberService members;

    @Activate
    public Talents(@Reference Store store, @Reference MemberService members) {
        this.store = store;
        this.members = members;
    }

    /** Body of POST /talents: a core member ({@code memberId}, name and birth date from the member file) or a name and birth date. */
    public static class NewTalent {
        public String jurisdictionCode;
        public Long memberId;
        public String name;
        public LocalDate birthDate;
        public Education education;
        public TalentSource source;
        public String unit;
        public IntendedPost intendedPost;
        public LocalDate enteredOn;
    }

    /** Body of PUT /talents/{id}/posting. */
    public static class Posting {
        public String villageCode;
        public LocalDate postedOn;
        public Long version;
    }

    /** Body of PUT /talents/{id}/withdrawal. */
    public static class Withdrawal {
        public String reason;
        public Long version;
    }

    public TalentView enter(String code, NewTalent in) {
        LocalDate today = store.today();
        new Validator().require("jurisdictionCode", in.jurisdictionCode).require("education", in.education).require("source", in.source)
                .require("unit", in.unit).maxLength("unit", in.unit, 200).require("intendedPost", in.intendedPost).require("enteredOn", in.enteredOn)
                .check(in.enteredOn == null || !in.enteredOn.isAfter(today), "enteredOn", "must not be in the future")
                .check(in.memberId != null || in.name != null && !in.name.isBlank(), "name", "is required without memberId")
                .check(in.memberId != null || in.birthDate != null, "birthDate", "is required without memberId").maxLength("name", in.name, 50)
                .throwIfInvalid();
        if (!store.within(in.jurisdictionCode.trim(), code)) {
            throw new ValidationException("jurisdictionCode", "must lie in " + code);
        }
        String name = in.name == null ? null : in.name.trim();
        LocalDate birthDate = in.birthDate;
        if (in.memberId != null) {
            Member m = members.get(in.memberId);
            if (m.jurisdictionCode() == null || !store.within(m.jurisdictionCode(), code)) {
                throw new NotFoundException("Member", in.memberId);
            }
            name = m.name();
            birthDate = m.birthDate();
        }
        if (birthDate.plusYears(MINIMUM_AGE).isAfter(in.enteredOn)) {
            throw new ValidationException(in.memberId != null ? "memberId" : "birthDate", "a cadre is " + MINIMUM_AGE + " or older");
        }
        String finalName = name;
        LocalDate finalBirth = birthDate;
        return store.tx().write(em -> {
            TalentEntity t = new TalentEntity();
            t.jurisdictionCode = in.jurisdictionCode.trim();
            t.memberId = in.memberId;
            t.name = finalName;
            t.birthDate = finalBirth;
            t.education = in.education;
            t.source = in.source;
            t.unit = in.unit.trim();
            t.intendedPost = in.intendedPost;
            t.enteredOn = in.enteredOn;
            t.state = TalentState.RESERVE;
            t.enteredBy = Store.caller();
            em.persist(t);
            return t;
        }).toView(today);
    }

    /** Posts a talent in reserve to a village or community of the subtree. */
    public TalentView post(String code, long id, Posting in) {
        LocalDate today = store.today();
        long expected = Validator.requiredVersion(in.version);
        new Validator().require("villageCode", in.villageCode).require("postedOn", in.postedOn)
                .check(in.postedOn == null || !in.postedOn.isAfter(today), "postedOn", "must not be in the future").throwIfInvalid();
        Jurisdiction village = store.jurisdictions().find(in.villageCode.trim()).filter(j -> store.within(j.code(), code))
                .orElseThrow(() -> new ValidationException("villageCode", "no village or community " + in.villageCode + " in " + code));
        if (village.level() != JurisdictionLevel.VILLAGE) {
            throw new ValidationException("villageCode", village.code() + " is a " + village.level() + ", not a village or community");
        }
        return store.tx().write(em -> {
            TalentEntity t = change(em, code, id, expected);
            if (in.postedOn.isBefore(t.enteredOn)) {
                throw new ValidationException("postedOn", "must not be before the talent was entered (" + t.enteredOn + ")");
            }
            t.state = TalentState.POSTED;
            t.postedTo = village.code();
            t.postedOn = in.postedOn;
            return t;
        }).toView(today);
    }

    /** Takes a talent in reserve out of it. */
    public TalentView withdraw(String code, long id, Withdrawal in) {
        long expected = Validator.requiredVersion(in.version);
        new Validator().require("reason", in.reason).maxLength("reason", in.reason, 500).throwIfInvalid();
        return store.tx().write(em -> {
            TalentEntity t = change(em, code, id, expected);
            t.state = TalentState.WITHDRAWN;
            t.withdrawnReason = in.reason.trim();
            return t;
        }).toView(store.today());
    }

    public TalentView get(String code, long id) {
        return store.tx().read(em -> load(em, code, id).toView(store.today()));
    }

    public Page<TalentView> list(String code, TalentState state, TalentSource source, IntendedPost post, PageRequest page) {
        LocalDate today = store.today();
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<TalentEntity> rows = new QueryBuilder("TalentEntity", "t").where("t.jurisdictionCode IN :codes", "codes", codes)
                    .where("t.state = :state", "state", state).where("t.source = :source", "source", source)
                    .where("t.intendedPost = :post", "post", post)
                    .page(em, TalentEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(t -> t.toView(today)).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** The reserve in figures. */
    TalentFigures figures(String code) {
        List<TalentView> all = Pages.all("id", SORTABLE, p -> list(code, null, null, null, p));
        TalentFigures f = new TalentFigures();
        f.bySource = new EnumMap<>(TalentSource.class);
        long ages = 0;
        long schooled = 0;
        for (TalentView t : all) {
            switch (t.state) {
                case RESERVE -> {
                    f.inReserve++;
                    ages += t.age;
                    f.agedThirtyFiveOrUnder += t.age <= 35 ? 1 : 0;
                    schooled += t.education.compareTo(Education.BACHELOR) >= 0 ? 1 : 0;
                    f.bySource.merge(t.source, 1L, Long::sum);
                }
                case POSTED -> f.posted++;
                case WITHDRAWN -> f.withdrawn++;
            }
        }
        f.averageAge = f.inReserve == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(ages).divide(BigDecimal.valueOf(f.inReserve), 1, RoundingMode.HALF_UP);
        f.undergraduateOrAbovePercent = Shares.percent(Shares.of(schooled, f.inReserve));
        return f;
    }

    /** The talent of this name and unit, if entered (demo data resumes with it). */
    java.util.Optional<TalentView> find(String name, String unit) {
        LocalDate today = store.today();
        return store.tx()
                .read(em -> em.createQuery("SELECT t FROM TalentEntity t WHERE t.name = :n AND t.unit = :u ORDER BY t.id", TalentEntity.class)
                        .setParameter("n", name).setParameter("u", unit).setMaxResults(1).getResultList().stream().findFirst()
                        .map(t -> t.toView(today)));
    }

    private TalentEntity load(EntityManager em, String code, long id) {
        return store.find(em, TalentEntity.class, id, "Reserve talent", code, t -> t.jurisdictionCode);
    }

    /** A talent still in reserve, at the version the caller read. */
    private TalentEntity change(EntityManager em, String code, long id, long version) {
        TalentEntity t = load(em, code, id);
        ConflictException.requireVersion("Reserve talent", id, t.version, version);
        if (t.state != TalentState.RESERVE) {
            throw new RuleViolationException(RULE_NOT_IN_RESERVE, "Reserve talent " + id + " is " + t.state + ", no longer in reserve");
        }
        return t;
    }
}
