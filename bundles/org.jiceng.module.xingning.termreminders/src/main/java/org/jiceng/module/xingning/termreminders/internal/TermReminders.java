package org.jiceng.module.xingning.termreminders.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.module.kit.AddressedRecords;
import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.persistence.Transactions;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The module's rules over the core registry: which terms are expiring in a jurisdiction's subtree,
 * reminders sent and answered, overdue terms. Every method is scoped to a jurisdiction code.
 */
@Component(service = {TermReminders.class, AddressedRecords.class}, configurationPid = TermReminders.PID)
@Designate(ocd = TermReminders.Config.class)
public class TermReminders implements AddressedRecords {
    public static final String MODULE_ID = "xingning-term-reminders";
    public static final String PID = "org.jiceng.module.xingning.termreminders";

    @ObjectClassDefinition(name = "Jiceng xingning-term-reminders", description = "按期换届提醒督促: term expiry reminders")
    public @interface Config {
        @AttributeDefinition(description = "Months before the end of a term when the written reminder is due (兴宁: 6).", min = "1", max = "24")
        int windowMonths() default 6;
    }

    static final java.util.Set<String> SORTABLE = java.util.Set.of("id", "termEnd", "sentOn", "organizationName");
    private static final Map<String, String> SORT = Map.of("id", "r.id", "termEnd", "r.termEnd", "sentOn", "r.sentOn",
            "organizationName", "r.organizationName");

    private final ModuleStore store;
    private final Transactions tx;
    private final OrganizationService organizations;
    private final JurisdictionService jurisdictions;
    private volatile int windowMonths;

    @Activate
    public TermReminders(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf,
            @Reference SchemaMigrator migrator, @Reference OrganizationService organizations,
            @Reference JurisdictionService jurisdictions, BundleContext context, Config config) {
        this.store = new ModuleStore(context.getBundle(), emf, migrator, jurisdictions);
        store.addresses("reminders", ReminderEntity.class, "Reminder", r -> r.jurisdictionCode);
        this.tx = store.tx();
        this.organizations = organizations;
        this.jurisdictions = jurisdictions;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.windowMonths = config.windowMonths();
    }

    int windowMonths() {
        return windowMonths;
    }

    /** Organizations in the subtree whose term ends within {@code months} (default: the configured window), soonest first. */
    public List<ExpiringTerm> expiring(String code, Integer months, LocalDate today) {
        int window = months == null ? windowMonths : months;
        new Validator().check(window >= 1 && window <= 24, "withinMonths", "must be between 1 and 24").throwIfInvalid();
        jurisdictions.get(code);
        List<PartyOrganization> orgs = expiringOrganizations(code, ReminderRules.windowEnd(today, window));
        Map<Long, ReminderEntity> reminders = remindersFor(orgs);
        List<ExpiringTerm> result = new ArrayList<>();
        for (PartyOrganization o : orgs) {
            ExpiringTerm t = new ExpiringTerm();
            t.organizationId = o.id();
            t.organizationName = o.name();
            t.jurisdictionCode = o.jurisdictionCode();
            t.termEnd = o.termEnd();
            t.daysLeft = ChronoUnit.DAYS.between(today, o.termEnd());
            ReminderEntity r = reminders.get(o.id());
            t.reply = r == null ? null : r.reply;
            t.reminderId = r == null ? null : r.id;
            t.overdue = ReminderRules.isOverdue(o.termEnd(), t.reply, today);
            PartyOrganization parent = parentOf(o);
            t.reminderOrganizationId = parent == null ? null : parent.id();
            t.reminderName = ReminderRules.reminderName(parent, parent == null ? parentJurisdictionName(o) : null);
            result.add(t);
        }
        return result;
    }

    /** Sends the reminders due in the subtree that were not sent yet; returns how many were created. */
    public int generate(String code, LocalDate today) {
        int created = 0;
        for (ExpiringTerm t : expiring(code, null, today)) {
            if (t.reminderId == null && !t.termEnd.isBefore(today.minusYears(1))) {
                create(t, "job", null, today);
                created++;
            }
        }
        return created;
    }

    /** Records a reminder sent by hand for one organization of the subtree. */
    public ReminderView record(String code, Long organizationId, String note, LocalDate today) {
        new Validator().require("organizationId", organizationId).maxLength("note", note, 1000).throwIfInvalid();
        PartyOrganization o = organizations.getWithin(organizationId, code);
        if (o.termEnd() == null || !ReminderRules.inWindow(o.termEnd(), today, windowMonths)) {
            throw new RuleViolationException("term-not-due", "The term of organization " + organizationId + " ends on "
                    + o.termEnd() + ", more than " + windowMonths + " months from now: no reminder is due yet");
        }
        ExpiringTerm t = expiring(code, windowMonths, today).stream().filter(e -> e.organizationId == organizationId)
                .findFirst().orElseThrow(() -> new NotFoundException("Organization", organizationId));
        if (t.reminderId != null) {
            throw new ConflictException("A reminder for the term ending " + t.termEnd + " was already sent (reminder " + t.reminderId + ")");
        }
        return create(t, "manual", note, today);
    }

    private ReminderView create(ExpiringTerm t, String source, String note, LocalDate today) {
        return tx.write(em -> {
            ReminderEntity r = new ReminderEntity();
            r.organizationId = t.organizationId;
            r.organizationName = t.organizationName;
            r.jurisdictionCode = t.jurisdictionCode;
            r.termEnd = t.termEnd;
            r.reminderOrganizationId = t.reminderOrganizationId;
            r.reminderName = t.reminderName;
            r.sentOn = today;
            r.source = source;
            r.note = note;
            em.persist(r);
            return r;
        }).toView(today);
    }

    /** Records the answer of the reminded organization. */
    public ReminderView reply(String code, long reminderId, Reply reply, LocalDate repliedOn, String note, long version, LocalDate today) {
        Validator v = new Validator().require("reply", reply).require("repliedOn", repliedOn).maxLength("note", note, 1000);
        v.check(reply != Reply.PENDING, "reply", "must be ELECTION_REQUESTED or ELECTION_HELD");
        if (repliedOn != null) {
            v.check(!repliedOn.isAfter(today), "repliedOn", "must not be in the future");
        }
        v.throwIfInvalid();
        return tx.write(em -> {
            ReminderEntity r = load(em, code, reminderId);
            ConflictException.requireVersion("Reminder", reminderId, r.version, version);
            if (repliedOn.isBefore(r.sentOn)) {
                throw new org.jiceng.common.ValidationException("repliedOn", "must not be before the reminder was sent (" + r.sentOn + ")");
            }
            if (r.reply == Reply.ELECTION_HELD) {
                throw new RuleViolationException("election-already-held", "Reminder " + reminderId + " is closed: the election was held");
            }
            r.reply = reply;
            r.repliedOn = repliedOn;
            r.replyNote = note;
            return r;
        }).toView(today);
    }

    public ReminderView get(String code, long reminderId, LocalDate today) {
        return tx.read(em -> load(em, code, reminderId).toView(today));
    }

    /** Reminders of the subtree; {@code state} open (no answer), answered, or overdue. */
    public Page<ReminderView> list(String code, String state, PageRequest page, LocalDate today) {
        List<String> codes = jurisdictions.subtreeCodes(code);
        return tx.read(em -> {
            QueryBuilder q = new QueryBuilder("ReminderEntity", "r").where("r.jurisdictionCode IN :codes", "codes", codes);
            if ("open".equals(state)) {
                q.where("r.reply = :pending", "pending", Reply.PENDING);
            } else if ("answered".equals(state)) {
                q.where("r.reply <> :pending", "pending", Reply.PENDING);
            } else if ("overdue".equals(state)) {
                q.where("r.reply <> :held", "held", Reply.ELECTION_HELD).where("r.termEnd < :today", "today", today);
            } else if (state != null && !state.isBlank()) {
                throw new org.jiceng.common.ValidationException("state", "must be open, answered or overdue");
            }
            Page<ReminderEntity> rows = q.page(em, ReminderEntity.class, page.withDefaultOrder(new PageRequest.Order("termEnd", true)), SORT);
            List<ReminderView> items = new ArrayList<>();
            rows.items().forEach(r -> items.add(r.toView(today)));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    /** The reminders its paths address, checked by the core against the path's jurisdiction first. */
    @Override
    public void checkAddressed(String collection, long id, String scope) {
        store.checkAddressed(collection, id, scope);
    }

    private ReminderEntity load(EntityManager em, String code, long reminderId) {
        return store.find(em, ReminderEntity.class, reminderId, "Reminder", code, r -> r.jurisdictionCode);
    }

    private List<PartyOrganization> expiringOrganizations(String code, LocalDate until) {
        OrganizationQuery q = new OrganizationQuery(code, null, null, null, null, until, null);
        return Pages.all("termEnd,id", OrganizationService.SORTABLE, page -> organizations.find(q, page));
    }

    /** The reminder for each organization's current term (the term end it has now). */
    private Map<Long, ReminderEntity> remindersFor(List<PartyOrganization> orgs) {
        Map<Long, ReminderEntity> result = new HashMap<>();
        if (orgs.isEmpty()) {
            return result;
        }
        Map<Long, LocalDate> termEnds = new HashMap<>();
        orgs.forEach(o -> termEnds.put(o.id(), o.termEnd()));
        List<Long> ids = new ArrayList<>(termEnds.keySet());
        tx.read(em -> {
            for (int i = 0; i < ids.size(); i += 500) {
                List<ReminderEntity> rows = em.createQuery("SELECT r FROM ReminderEntity r WHERE r.organizationId IN :ids", ReminderEntity.class)
                        .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList();
                for (ReminderEntity r : rows) {
                    if (r.termEnd.equals(termEnds.get(r.organizationId))) {
                        result.put(r.organizationId, r);
                    }
                }
            }
            return null;
        });
        return result;
    }

    private PartyOrganization parentOf(PartyOrganization o) {
        return o.parentId() == null ? null : organizations.get(o.parentId());
    }

    private String parentJurisdictionName(PartyOrganization o) {
        Jurisdiction j = jurisdictions.get(o.jurisdictionCode());
        return j.parentCode() == null ? null : jurisdictions.get(j.parentCode()).name();
    }

    /** The module's store, for the module's other components. */
    ModuleStore kit() {
        return store;
    }

}
