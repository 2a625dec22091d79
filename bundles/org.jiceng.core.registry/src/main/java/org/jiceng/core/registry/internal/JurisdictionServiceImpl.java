package org.jiceng.core.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.jiceng.cluster.ClusterSignals;
import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionOverview;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

@Component(service = JurisdictionService.class)
public class JurisdictionServiceImpl implements JurisdictionService {
    /** Signalled after any change of the tree, so that every node drops the chains it keeps. */
    static final String TREE_SIGNAL = "jurisdictions";
    private static final Map<String, String> SORT = Map.of("code", "j.code", "name", "j.name", "level", "j.level", "depth", "j.depth");
    private static final PageRequest.Order BY_CODE = new PageRequest.Order("code", true);

    private final CoreStore store;
    private final ClusterSignals signals;
    private final JurisdictionChains chains = new JurisdictionChains(this::readChain);
    private final AutoCloseable listening;

    @Activate
    public JurisdictionServiceImpl(@Reference CoreStore store, @Reference ClusterSignals signals) {
        this.store = store;
        this.signals = signals;
        this.listening = signals.listen(TREE_SIGNAL, chains::forget);
    }

    @Deactivate
    void deactivate() throws Exception {
        listening.close();
    }

    @Override
    public Optional<Jurisdiction> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        List<Jurisdiction> chain = chains.chain(code);
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
    }

    @Override
    public Jurisdiction get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Jurisdiction", code));
    }

    @Override
    public Page<Jurisdiction> list(String parentCode, JurisdictionLevel level, PageRequest page) {
        if (parentCode != null) {
            get(parentCode);
        }
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("JurisdictionEntity", "j");
            if (parentCode == null) {
                q.where("j.parentCode IS NULL");
            } else {
                q.where("j.parentCode = :parent", "parent", parentCode);
            }
            q.where("j.level = :level", "level", level);
            return toDtos(q.page(em, JurisdictionEntity.class, page.withDefaultOrder(BY_CODE), SORT));
        });
    }

    @Override
    public List<Jurisdiction> ancestors(String code) {
        List<Jurisdiction> chain = code == null ? List.of() : chains.chain(code);
        if (chain.isEmpty()) {
            throw new NotFoundException("Jurisdiction", code);
        }
        return chain;
    }

    /** The chain as the database has it now, root first; empty for an unknown code (it has no closure rows). */
    private List<Jurisdiction> readChain(String code) {
        return store.tx().read(em -> {
            List<JurisdictionEntity> chain = em.createQuery(
                    "SELECT j FROM JurisdictionEntity j, JurisdictionClosureEntity c "
                            + "WHERE c.descendantCode = :code AND j.code = c.ancestorCode ORDER BY c.distance DESC",
                    JurisdictionEntity.class).setParameter("code", code).getResultList();
            List<Jurisdiction> result = new ArrayList<>();
            chain.forEach(j -> result.add(j.toDto()));
            return result;
        });
    }

    /** After a rename, re-level or delete committed: this node's chains go at once, the other nodes' at the signal. */
    private <T> T changed(T result) {
        chains.forget();
        signals.signalOthers(TREE_SIGNAL);
        return result;
    }

    @Override
    public Page<Jurisdiction> subtree(String code, JurisdictionLevel level, PageRequest page) {
        get(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("JurisdictionEntity", "j")
                    .where("j.code IN " + Subtree.CODES, "scope", code)
                    .where("j.level = :level", "level", level);
            return toDtos(q.page(em, JurisdictionEntity.class, page.withDefaultOrder(BY_CODE), SORT));
        });
    }

    @Override
    public Page<Jurisdiction> search(String withinCode, String text, PageRequest page) {
        if (text == null || text.isBlank()) {
            throw new org.jiceng.common.ValidationException("q", "is required");
        }
        if (withinCode != null) {
            get(withinCode);
        }
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("JurisdictionEntity", "j")
                    .where("j.code IN " + Subtree.CODES, "scope", withinCode)
                    .contains("CONCAT(j.name, ' ', j.code)", "text", text);
            return toDtos(q.page(em, JurisdictionEntity.class, page.withDefaultOrder(BY_CODE), SORT));
        });
    }

    @Override
    public List<String> subtreeCodes(String code) {
        get(code);
        return store.tx().read(em -> em.createQuery(
                "SELECT c.descendantCode FROM JurisdictionClosureEntity c WHERE c.ancestorCode = :scope ORDER BY c.descendantCode", String.class)
                .setParameter("scope", code).getResultList());
    }

    @Override
    public JurisdictionOverview overview(String code) {
        Jurisdiction jurisdiction = get(code);
        return store.tx().read(em -> {
            List<Jurisdiction> children = em.createQuery("SELECT j FROM JurisdictionEntity j WHERE j.parentCode = :code ORDER BY j.code",
                    JurisdictionEntity.class).setParameter("code", code).getResultList().stream().map(JurisdictionEntity::toDto).toList();
            return OverviewCounts.of(em, jurisdiction, children);
        });
    }

    @Override
    public boolean isWithin(String code, String ancestorCode) {
        if (code == null || ancestorCode == null) {
            return false;
        }
        for (Jurisdiction j : chains.chain(code)) {
            if (j.code().equals(ancestorCode)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Jurisdiction create(Jurisdiction input) {
        Validator v = new Validator()
                .require("code", input.code())
                .require("name", input.name())
                .require("level", input.level())
                .maxLength("name", input.name(), 100);
        if (input.code() != null) {
            v.check(input.code().matches("\\d{6}|\\d{9}|\\d{12}"), "code", "must be a 6, 9 or 12 digit division code");
        }
        v.throwIfInvalid();
        // nothing kept changes: unknown codes are never kept, so the new one is found at its first read
        return store.tx().write(em -> {
            if (em.find(JurisdictionEntity.class, input.code()) != null) {
                throw new ConflictException("Jurisdiction '" + input.code() + "' already exists");
            }
            JurisdictionEntity parent = null;
            if (input.parentCode() != null) {
                parent = em.find(JurisdictionEntity.class, input.parentCode());
                if (parent == null) {
                    throw new org.jiceng.common.ValidationException("parentCode", "no jurisdiction '" + input.parentCode() + "'");
                }
                if (parent.getLevel().ordinal() >= input.level().ordinal()) {
                    throw new org.jiceng.common.ValidationException("level",
                            "must be below the parent's level " + parent.getLevel());
                }
            }
            JurisdictionEntity e = new JurisdictionEntity();
            e.setCode(input.code());
            e.setName(input.name().trim());
            e.setLevel(input.level());
            e.setParentCode(input.parentCode());
            e.setDepth(parent == null ? 0 : parent.getDepth() + 1);
            em.persist(e);
            // written before the closure rows that reference it: no relationship is mapped between them, so
            // EclipseLink's commit would not order the two tables
            em.flush();
            insertClosure(em, e.getCode(), e.getParentCode());
            JurisdictionTally.open(em, e.getCode());
            return e;
        }).toDto();
    }

    /** The new node is its own ancestor at distance 0 and inherits every ancestor of its parent one step further. */
    static void insertClosure(EntityManager em, String code, String parentCode) {
        em.persist(new JurisdictionClosureEntity(code, code, 0));
        if (parentCode != null) {
            List<JurisdictionClosureEntity> up = em.createQuery(
                    "SELECT c FROM JurisdictionClosureEntity c WHERE c.descendantCode = :parent", JurisdictionClosureEntity.class)
                    .setParameter("parent", parentCode).getResultList();
            for (JurisdictionClosureEntity c : up) {
                em.persist(new JurisdictionClosureEntity(c.getAncestorCode(), code, c.getDistance() + 1));
            }
        }
    }

    @Override
    public Jurisdiction update(String code, Jurisdiction input) {
        new Validator().require("name", input.name()).require("level", input.level())
                .maxLength("name", input.name(), 100).throwIfInvalid();
        return changed(store.tx().write(em -> {
            JurisdictionEntity e = em.find(JurisdictionEntity.class, code);
            if (e == null) {
                throw new NotFoundException("Jurisdiction", code);
            }
            if (e.getVersion() != input.version()) {
                throw new ConflictException("Jurisdiction '" + code + "' is at version " + e.getVersion() + ", not " + input.version());
            }
            if (input.parentCode() != null && !input.parentCode().equals(e.getParentCode())) {
                throw new org.jiceng.common.ValidationException("parentCode", "cannot be changed; create the jurisdiction under its new parent");
            }
            if (input.level() != e.getLevel()) {
                checkLevelBetween(em, e, input.level());
            }
            e.setName(input.name().trim());
            e.setLevel(input.level());
            return e;
        })).toDto();
    }

    /**
     * A new level keeps the tree's order, as a creation does: below the parent's level and above every child's (a
     * township made a village while villages lie below it would leave figures grouping villages by villages).
     */
    private static void checkLevelBetween(EntityManager em, JurisdictionEntity e, JurisdictionLevel level) {
        if (e.getParentCode() != null) {
            JurisdictionLevel parent = em.find(JurisdictionEntity.class, e.getParentCode()).getLevel();
            if (parent.ordinal() >= level.ordinal()) {
                throw new org.jiceng.common.ValidationException("level", "must be below the parent's level " + parent);
            }
        }
        List<JurisdictionLevel> children = em.createQuery("SELECT DISTINCT j.level FROM JurisdictionEntity j WHERE j.parentCode = :code",
                JurisdictionLevel.class).setParameter("code", e.getCode()).getResultList();
        for (JurisdictionLevel child : children) {
            if (child.ordinal() <= level.ordinal()) {
                throw new org.jiceng.common.ValidationException("level", "must be above the level " + child + " of its children");
            }
        }
    }

    @Override
    public void delete(String code) {
        store.tx().run(em -> {
            JurisdictionEntity e = em.find(JurisdictionEntity.class, code);
            if (e == null) {
                throw new NotFoundException("Jurisdiction", code);
            }
            long children = em.createQuery("SELECT COUNT(j) FROM JurisdictionEntity j WHERE j.parentCode = :c", Long.class)
                    .setParameter("c", code).getSingleResult();
            long orgs = em.createQuery("SELECT COUNT(o) FROM OrganizationEntity o WHERE o.jurisdictionCode = :c", Long.class)
                    .setParameter("c", code).getSingleResult();
            long modules = em.createQuery("SELECT COUNT(m) FROM ModuleEnablementEntity m WHERE m.jurisdictionCode = :c", Long.class)
                    .setParameter("c", code).getSingleResult();
            if (children + orgs + modules > 0) {
                throw new ConflictException("Jurisdiction '" + code + "' still has " + children + " child jurisdiction(s), "
                        + orgs + " organization(s) and " + modules + " module enablement(s)");
            }
            em.createQuery("DELETE FROM JurisdictionClosureEntity c WHERE c.descendantCode = :c").setParameter("c", code).executeUpdate();
            JurisdictionTally.close(em, code);
            em.remove(e);
        });
        changed(code);
    }

    @Override
    public long count() {
        return store.tx().read(em -> em.createQuery("SELECT COUNT(j) FROM JurisdictionEntity j", Long.class).getSingleResult());
    }

    private static Page<Jurisdiction> toDtos(Page<JurisdictionEntity> page) {
        List<Jurisdiction> items = new ArrayList<>();
        page.items().forEach(e -> items.add(e.toDto()));
        return new Page<>(items, page.page(), page.size(), page.total());
    }
}
