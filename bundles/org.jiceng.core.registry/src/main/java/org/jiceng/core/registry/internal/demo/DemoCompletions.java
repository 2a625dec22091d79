package org.jiceng.core.registry.internal.demo;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.jiceng.core.registry.internal.CoreStore;

/**
 * The completed demo data runs, in the core's {@code demo_data_completion} table (migration V12):
 * one row per contributor id, written when its run completed. Plain SQL, as nothing else reads the
 * table; its rows are bookkeeping, not audited records.
 */
final class DemoCompletions implements ContributorRuns.Completions {
    private final CoreStore store;

    DemoCompletions(CoreStore store) {
        this.store = store;
    }

    @Override
    public boolean completed(String moduleId) {
        return store.tx().read(em -> !em.createNativeQuery("SELECT contributor_id FROM demo_data_completion WHERE contributor_id = ?1")
                .setParameter(1, moduleId).getResultList().isEmpty());
    }

    @Override
    public void record(String moduleId) {
        // Runs are one at a time on the demo worker, and a completed contributor is not run again: no race to insert twice.
        store.tx().run(em -> {
            if (em.createNativeQuery("SELECT contributor_id FROM demo_data_completion WHERE contributor_id = ?1").setParameter(1, moduleId)
                    .getResultList().isEmpty()) {
                em.createNativeQuery("INSERT INTO demo_data_completion (contributor_id, completed_at) VALUES (?1, ?2)").setParameter(1, moduleId)
                        .setParameter(2, Timestamp.valueOf(LocalDateTime.now())).executeUpdate();
            }
        });
    }
}
