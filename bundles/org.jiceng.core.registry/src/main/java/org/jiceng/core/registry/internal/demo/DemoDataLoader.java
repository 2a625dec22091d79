package org.jiceng.core.registry.internal.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import javax.persistence.EntityManager;

import org.apache.karaf.features.BootFinished;
import org.eclipse.persistence.sessions.Session;
import org.jiceng.audit.AuditService;
import org.jiceng.core.registry.internal.CoreStore;
import org.jiceng.core.registry.internal.JurisdictionClosureEntity;
import org.jiceng.core.registry.internal.JurisdictionEntity;
import org.jiceng.core.registry.internal.JurisdictionTally;
import org.jiceng.core.registry.internal.MemberEntity;
import org.jiceng.core.registry.internal.OrganizationEntity;
import org.jiceng.core.registry.internal.development.DevelopmentEventEntity;
import org.jiceng.core.registry.internal.health.DemoDataReadiness;
import org.jiceng.development.DevelopmentEvent;
import org.jiceng.health.FrameworkStart;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.ModuleDeclaration;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo data set on the first start of a demo installation: only when configured
 * ({@code etc/org.jiceng.demo.cfg}, {@code enabled=true}) and only into an empty registry, so it
 * never touches real data. Then runs the modules' {@link DemoDataContributor}s on the same thread
 * (see {@link ContributorRuns}), also those of modules installed later, except those whose run
 * completed before ({@link DemoCompletions}).
 */
@Component(configurationPid = DemoDataLoader.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = DemoDataLoader.Config.class)
public class DemoDataLoader {
    public static final String PID = "org.jiceng.demo";

    @ObjectClassDefinition(name = "Jiceng demo data", description = "Loads the five origin counties with organizations and members into an empty database.")
    public @interface Config {
        @AttributeDefinition(description = "Load the demo data set when the registry is empty.")
        boolean enabled() default false;

        @AttributeDefinition(description = "Seed of the generator; the same seed gives the same data.")
        long seed() default 20261125L;

        @AttributeDefinition(description = "How many counties' modules load their demo data at the same time (1 to 8); one county's"
                + " modules always load one after the other. More than one shortened the load on the embedded H2 and lengthened it on"
                + " PostgreSQL, where the runs held each other up, on a 2-core machine.", min = "1", max = "8")
        int parallelCounties() default 1;
    }

    private final Logger logger = LoggerFactory.getLogger(DemoDataLoader.class);

    /** How long a stopping module waits for its contributor's run, and the core for its worker. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /**
     * Loads in the background: the rest of the server starts meanwhile, and readiness waits for the data.
     * The core's data first, alone (the modules' wait for it); then up to {@link Config#parallelCounties()}
     * counties' modules at once (see {@link ContributorRuns}). The threads end when idle and come back for a
     * module installed later, so nothing runs between loads.
     */
    private final ThreadPoolExecutor worker;
    private final CoreStore store;
    private final AuditService audit;
    private final DemoDataReadiness readiness;
    private final Config config;
    private final ContributorRuns contributors;
    private final FrameworkStart frameworkStart;
    private volatile boolean stopping;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile BootFinished bootFinished;

    @Activate
    public DemoDataLoader(@Reference CoreStore store, @Reference AuditService audit,
            @Reference DemoDataReadiness readiness, Config config, BundleContext context) {
        this.frameworkStart = FrameworkStart.watch(context);
        this.store = store;
        this.audit = audit;
        this.readiness = readiness;
        this.config = config;
        int lanes = Math.max(1, Math.min(8, config.parallelCounties()));
        worker = new ThreadPoolExecutor(lanes, lanes, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> new Thread(r, "jiceng-demo-data"));
        worker.allowCoreThreadTimeOut(true);
        contributors = new ContributorRuns(worker, config.seed(), readiness, new DemoCompletions(store), STOP_WAIT);
    }

    /**
     * Starts after the contributors present now are bound (DS binds between construction and this
     * method), so readiness counts them before the core's data can be reported loaded.
     */
    @Activate
    void start() {
        if (!config.enabled()) {
            worker.shutdown();
            return;
        }
        worker.execute(() -> {
            boolean loaded = false;
            try {
                load(store, audit, config);
                readiness.loaded();
                loaded = true;
            } catch (RuntimeException e) {
                logger.error("Loading the demo data failed", e);
                readiness.failed(e);
            } finally {
                contributors.coreFinished(loaded);
            }
        });
    }

    /** Modules' demo data, run once the core's is in place; only with the demo profile on. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(DemoDataContributor contributor, ServiceReference<DemoDataContributor> reference) {
        if (config.enabled()) {
            contributors.add(contributor, lane(reference));
        }
    }

    /** A module's county (its origin header), so one county's modules load one after the other; the core's own parts share a lane. */
    static String lane(ServiceReference<?> reference) {
        return ModuleDeclaration.of(reference.getBundle()).map(ModuleDeclaration::origin).filter(origin -> !origin.isBlank())
                .map(origin -> "county " + origin.trim()).orElse("core");
    }

    void removeContributor(DemoDataContributor contributor) {
        contributors.remove(contributor);
    }

    /**
     * Cancels the modules' runs and waits a little for a load under way (a stop during the first
     * start), then lets it fail with the closing unit.
     */
    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        frameworkStart.close();
        contributors.cancelAll();
        worker.shutdown();
        if (!worker.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            logger.warn(
                    "The demo data was still loading when the server stopped: its one transaction is rolled back, and the next start loads it again");
        }
    }

    private void load(CoreStore store, AuditService audit, Config config) {
        long existing = store.tx().read(em -> em.createQuery("SELECT COUNT(j) FROM JurisdictionEntity j", Long.class).getSingleResult());
        if (existing > 0) {
            logger.info("Registry holds {} jurisdictions; demo data not loaded", existing);
            return;
        }
        long start = System.nanoTime();
        DemoDataGenerator.Plan plan = new DemoDataGenerator(config.seed(), LocalDate.now()).generate();
        awaitServerStarted();
        // One audit entry with the counts instead of an entry per generated row.
        audit.recordAsOneLoad("DemoData", () -> store.tx().write(em -> {
            // Writes only: no query needs to see unflushed rows, and auto-flush before every query
            // would walk the whole (large) persistence context each time.
            em.setFlushMode(javax.persistence.FlushModeType.COMMIT);
            persistJurisdictions(em, plan.jurisdictions());
            List<OrganizationEntity> orgs = persistOrganizations(em, plan.organizations());
            List<MemberEntity> members = new ArrayList<>();
            Map<String, String> counties = countiesOf(plan.jurisdictions());
            for (DemoDataGenerator.PlannedMember p : plan.members()) {
                MemberEntity e = new MemberEntity();
                e.apply(p.member());
                OrganizationEntity organization = orgs.get(p.organizationIndex());
                e.setOrganizationId(organization.getId());
                e.setCountyCode(counties.get(organization.getJurisdictionCode()));
                em.persist(e);
                members.add(e);
            }
            em.flush();
            Instant now = Instant.now();
            for (int i = 0; i < members.size(); i++) {
                String body = orgs.get(plan.members().get(i).organizationIndex()).getName();
                for (DevelopmentEvent event : DemoDataGenerator.eventsOf(plan.members().get(i).member(), body)) {
                    em.persist(DevelopmentEventEntity.of(members.get(i).getId(), event, now));
                }
            }
            flushAndClear(em, "members and development events", start);
            new DemoOrganizationalLife(config.seed(), LocalDate.now()).load(em, plan, orgs, members);
            flushAndClear(em, "organizational life", start);
            DemoCadres.load(em, plan, orgs, members, LocalDate.now(), new java.util.Random(config.seed()));
            keepCounts(em, plan.jurisdictions(), orgs, members);
            return null;
        }), nothing -> "{\"seed\":" + config.seed() + ",\"jurisdictions\":" + plan.jurisdictions().size() + ",\"organizations\":"
                + plan.organizations().size() + ",\"members\":" + plan.members().size() + "}");
        logger.info("Demo data loaded: {} jurisdictions, {} organizations, {} members in {} ms", plan.jurisdictions().size(),
                plan.organizations().size(), plan.members().size(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Waits until every bundle of the boot has started. The other core parts create their tables
     * while the server starts, some with foreign keys to the registry's (problems to members and
     * organizations, duties to jurisdictions); H2 changes a referenced table's metadata for that,
     * and an insert batch into the same table meanwhile failed inside H2 with a
     * ConcurrentModificationException, which lost the whole demo load of a first start.
     */
    private void awaitServerStarted() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!frameworkStart.complete() || bootFinished == null) {
            if (stopping) {
                throw new IllegalStateException("the server stopped before it had started");
            }
            if (System.nanoTime() > deadline) {
                logger.warn("The server has not finished starting after 5 minutes: the demo data is loaded anyway");
                return;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the server to start", e);
            }
        }
    }

    /** The kept counts of what the load wrote, as every write of the registry keeps them ({@link JurisdictionTally}). */
    private static void keepCounts(EntityManager em, List<Jurisdiction> jurisdictions, List<OrganizationEntity> orgs, List<MemberEntity> members) {
        jurisdictions.forEach(j -> JurisdictionTally.open(em, j.code()));
        Map<String, Long> organizationsByCode = new HashMap<>();
        orgs.forEach(o -> organizationsByCode.merge(o.getJurisdictionCode(), 1L, Long::sum));
        JurisdictionTally.organizations(em, organizationsByCode);
        Map<Long, Long> membersByOrganization = new HashMap<>();
        members.forEach(m -> membersByOrganization.merge(m.getOrganizationId(), 1L, Long::sum));
        JurisdictionTally.members(em, membersByOrganization);
    }

    /** The county of each jurisdiction of the plan that lies in one, from the plan itself (see MemberCounties). */
    static Map<String, String> countiesOf(List<Jurisdiction> jurisdictions) {
        Map<String, Jurisdiction> byCode = byCode(jurisdictions);
        Map<String, String> counties = new HashMap<>();
        for (Jurisdiction j : jurisdictions) {
            selfAndAncestors(j, byCode).stream().filter(a -> a.level() == JurisdictionLevel.COUNTY).findFirst()
                    .ifPresent(county -> counties.put(j.code(), county.code()));
        }
        return counties;
    }

    private static Map<String, Jurisdiction> byCode(List<Jurisdiction> jurisdictions) {
        Map<String, Jurisdiction> byCode = new HashMap<>();
        jurisdictions.forEach(j -> byCode.put(j.code(), j));
        return byCode;
    }

    /** The jurisdiction, its parent, and so on up to the root of the plan (the closure's rows of it, nearest first). */
    private static List<Jurisdiction> selfAndAncestors(Jurisdiction j, Map<String, Jurisdiction> byCode) {
        List<Jurisdiction> chain = new ArrayList<>();
        for (Jurisdiction cursor = j; cursor != null; cursor = cursor.parentCode() == null ? null : byCode.get(cursor.parentCode())) {
            chain.add(cursor);
        }
        return chain;
    }

    /** Writes what is pending and empties the persistence context, so later flushes stay small. */
    private void flushAndClear(javax.persistence.EntityManager em, String what, long start) {
        em.flush();
        em.clear();
        logger.debug("Demo data: {} written after {} ms", what, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * EclipseLink does not keep persist order inside one table, and a row references its parent's:
     * so one flush per level of the tree (a flush walks the whole persistence context, so one per
     * row cost seconds), then the closure rows, which reference both ends.
     */
    private static void persistJurisdictions(EntityManager em, List<Jurisdiction> all) {
        Map<String, Jurisdiction> byCode = byCode(all);
        for (List<Jurisdiction> level : byLevel(all, Jurisdiction::depth)) {
            for (Jurisdiction j : level) {
                JurisdictionEntity e = new JurisdictionEntity();
                e.setCode(j.code());
                e.setName(j.name());
                e.setLevel(j.level());
                e.setParentCode(j.parentCode());
                e.setDepth(j.depth());
                em.persist(e);
            }
            em.flush();
        }
        for (Jurisdiction j : all) {
            int distance = 0;
            for (Jurisdiction ancestor : selfAndAncestors(j, byCode)) {
                em.persist(new JurisdictionClosureEntity(ancestor.code(), j.code(), distance++));
            }
        }
        em.flush();
    }

    /**
     * Ids in the plan's order, as they always were: module demos and figures rely on them. They are
     * drawn from the sequence first, in that order, because the rows are then written one level of
     * the tree at a time (a row references its parent's, and EclipseLink does not keep persist
     * order inside one table) — a flush per row walked the whole persistence context 468 times.
     */
    private static List<OrganizationEntity> persistOrganizations(EntityManager em, List<DemoDataGenerator.PlannedOrganization> planned) {
        Session session = em.unwrap(Session.class);
        List<OrganizationEntity> entities = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        for (DemoDataGenerator.PlannedOrganization p : planned) {
            OrganizationEntity e = new OrganizationEntity();
            e.apply(p.organization());
            e.setId(session.getNextSequenceNumberValue(OrganizationEntity.class).longValue());
            if (p.parentIndex() >= 0) {
                e.setParentId(entities.get(p.parentIndex()).getId());
            }
            entities.add(e);
            depths.add(p.parentIndex() < 0 ? 0 : depths.get(p.parentIndex()) + 1);
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            indexes.add(i);
        }
        for (List<Integer> level : byLevel(indexes, depths::get)) {
            level.forEach(i -> em.persist(entities.get(i)));
            em.flush();
        }
        return entities;
    }

    private static <T> Collection<List<T>> byLevel(List<T> items, ToIntFunction<T> level) {
        Map<Integer, List<T>> levels = new TreeMap<>();
        for (T item : items) {
            levels.computeIfAbsent(level.applyAsInt(item), l -> new ArrayList<>()).add(item);
        }
        return levels.values();
    }
}
