package org.authgate.persistence.lockout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.authgate.core.lockout.Throttle;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.lockout.ThrottleStore;
import org.authgate.persistence.Jpa;

/**
 * Throttles. Two nodes counting the same key at once: one insert hits the primary key, or one update
 * fails its version check; either way the caller's transaction is retried and counts again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaThrottleStore implements ThrottleStore {

    @PersistenceContext(unitName = Jpa.UNIT)
    EntityManager em;

    @Override
    public Optional<Throttle> find(ThrottleKey key) {
        ThrottleEntity e = em.find(ThrottleEntity.class, key.value());
        return e == null ? Optional.empty()
                : Optional.of(new Throttle(key, e.failures, e.windowStart, e.lockedUntil, e.version));
    }

    /**
     * SELECT ... FOR UPDATE. A refresh rather than a find with a lock mode: the login has usually read the row
     * already (is the key locked out?), and upgrading the lock of a loaded entity would check its version, which a
     * counter that committed meanwhile has moved: a conflict instead of the wait this is for.
     */
    @Override
    public Optional<Throttle> findForUpdate(ThrottleKey key) {
        ThrottleEntity e = em.find(ThrottleEntity.class, key.value());
        if (e == null) {
            return Optional.empty();
        }
        em.refresh(e, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(new Throttle(key, e.failures, e.windowStart, e.lockedUntil, e.version));
    }

    @Override
    public void save(Throttle t) {
        ThrottleEntity e = em.find(ThrottleEntity.class, t.key().value());
        if (e == null) {
            e = new ThrottleEntity();
            e.key = t.key().value();
            copy(t, e);
            em.persist(e);
            return;
        }
        if (t.isNew() || e.version != t.version()) {
            throw new OptimisticLockException("throttle " + t.key().value() + " changed concurrently");
        }
        copy(t, e);
    }

    @Override
    public void clear(ThrottleKey key) {
        // A bulk DELETE, without the version check of em.remove: parallel successful logins of one account all
        // clear its failures, and forgetting them twice is no conflict.
        em.createQuery("DELETE FROM ThrottleEntity t WHERE t.key = :key").setParameter("key", key.value())
                .executeUpdate();
    }

    private static void copy(Throttle t, ThrottleEntity e) {
        e.failures = t.failures();
        e.windowStart = t.windowStart();
        e.lockedUntil = t.lockedUntil();
    }
}
