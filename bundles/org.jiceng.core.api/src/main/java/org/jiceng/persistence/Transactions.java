package org.jiceng.persistence;

import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.RollbackException;

import org.jiceng.common.ConflictException;
import org.jspecify.annotations.Nullable;

/**
 * Resource-local transactions over one persistence unit. Each call gets its own entity manager,
 * commits on success and rolls back on any exception, so a failed write never leaves half a
 * change behind. A lost optimistic-lock race becomes a {@link ConflictException} (409).
 */
public final class Transactions {
    private final EntityManagerFactory emf;

    public Transactions(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** Runs {@code work} in a transaction and returns its result. */
    public <T extends @Nullable Object> T write(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            em.flush();
            tx.commit();
            return result;
        } catch (OptimisticLockException e) {
            throw staleVersion();
        } catch (RollbackException e) {
            if (hasCause(e, OptimisticLockException.class)) {
                throw staleVersion();
            }
            throw e;
        } catch (PersistenceException e) {
            if (hasCause(e, OptimisticLockException.class)) {
                throw staleVersion();
            }
            throw e;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Runs {@code work} in a transaction that returns nothing. */
    public void run(Consumer<EntityManager> work) {
        write(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs a read-only unit of work; nothing it changes is written. */
    public <T extends @Nullable Object> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    private static ConflictException staleVersion() {
        return new ConflictException("The record was changed by someone else since you read it; reload it and apply your change again");
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
