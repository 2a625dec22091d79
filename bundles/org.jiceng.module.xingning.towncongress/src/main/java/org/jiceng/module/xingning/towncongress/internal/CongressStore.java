package org.jiceng.module.xingning.towncongress.internal;

import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.jiceng.module.kit.AddressedRecords;
import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.persistence.Transactions;
import org.jiceng.registry.JurisdictionService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The module's store (its unit migrated on activation, from the core's module kit) and its
 * configuration, which the other services share.
 */
@Component(service = {CongressStore.class, AddressedRecords.class}, configurationPid = CongressStore.PID)
@Designate(ocd = CongressStore.Config.class)
public class CongressStore implements AddressedRecords {
    public static final String MODULE_ID = "xingning-town-congress";
    public static final String PID = "org.jiceng.module.xingning.towncongress";

    @ObjectClassDefinition(name = "Jiceng xingning-town-congress", description = "镇党代会年会制和联席会议")
    public @interface Config {
        @AttributeDefinition(description = "A session that elects needs MORE than this percentage of its delegates present (兴宁: 80, i.e. more than 4/5).", min = "50", max = "99")
        int electionQuorumPercent() default 80;

        @AttributeDefinition(description = "Elections need more candidates than seats (差额选举).")
        boolean competitiveElections() default true;

        @AttributeDefinition(description = "Signers (lead delegate and co-signers) a proposal needs to be accepted as a proposal rather than an opinion.", min = "1")
        int proposalMinimumSigners() default 3;

        @AttributeDefinition(description = "Days after which a village without a leadership joint meeting is overdue (every 1-2 weeks: 14).", min = "1")
        int leadershipMeetingDays() default 14;

        @AttributeDefinition(description = "Days after which a village without a Party–masses joint meeting is overdue (at least quarterly: 92).", min = "1")
        int partyMassesMeetingDays() default 92;
    }

    private final ModuleStore kit;
    private volatile Config config;

    @Activate
    public CongressStore(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, BundleContext context, Config config) {
        this.kit = new ModuleStore(context.getBundle(), emf, migrator, jurisdictions);
        // the records its paths address by id: the core checks them against the path's jurisdiction first
        kit.addresses("sessions", SessionEntity.class, "Session", s -> s.townCode);
        kit.addresses("delegates", DelegateEntity.class, "Delegate", d -> d.townCode);
        kit.addresses("proposals", ProposalEntity.class, "Proposal", p -> p.townCode);
        kit.addresses("joint-meetings", JointMeetingEntity.class, "Joint meeting", m -> m.jurisdictionCode);
        kit.addresses("elections", "Election", id -> townOfSession(id, ElectionEntity.class, e -> e.sessionId));
        kit.addresses("agenda", "Agenda item", id -> townOfSession(id, AgendaItemEntity.class, a -> a.sessionId));
        this.config = config;
    }

    /** The town of the session a record of {@code type} belongs to, if there is such a record. */
    private <T> Optional<String> townOfSession(long id, Class<T> type, java.util.function.ToLongFunction<T> sessionOf) {
        return kit.tx().read(em -> Optional.ofNullable(em.find(type, id)).map(r -> em.find(SessionEntity.class, sessionOf.applyAsLong(r)))
                .map(s -> s.townCode));
    }

    @Override
    public void checkAddressed(String collection, long id, String scope) {
        kit.checkAddressed(collection, id, scope);
    }

    @Modified
    void modified(Config config) {
        this.config = config;
    }

    Transactions tx() {
        return kit.tx();
    }

    Config config() {
        return config;
    }

    JurisdictionService jurisdictions() {
        return kit.jurisdictions();
    }

    static String caller() {
        return ModuleStore.caller();
    }

    <T> T load(EntityManager em, Class<T> type, long id, String label, String code, java.util.function.Function<T, String> townOf) {
        return kit.find(em, type, id, label, code, townOf);
    }

    static java.util.List<String> nonEmpty(java.util.List<String> codes) {
        return ModuleStore.nonEmpty(codes);
    }

    SessionEntity session(EntityManager em, String code, long id) {
        return load(em, SessionEntity.class, id, "Session", code, s -> s.townCode);
    }

    /** The kit's store, for the module's components that need it directly. */
    ModuleStore kit() {
        return kit;
    }

}
