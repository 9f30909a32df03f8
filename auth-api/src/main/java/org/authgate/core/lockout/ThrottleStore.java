package org.authgate.core.lockout;

import java.util.Optional;

/** Port: throttle counters, shared by all nodes. {@link #save} inserts new values and version-checks others. */
public interface ThrottleStore {

    Optional<Throttle> find(ThrottleKey key);

    /**
     * The key's counter for a writer that will count on it (a failure, a rate-limited attempt): locked until the
     * caller's transaction ends where the store can lock, so that concurrent counters of one key wait for each
     * other instead of failing each other's version check (with 16 parallel attempts, a version check alone left
     * some of them losing every retry). A key not stored yet is not locked: two first counts still race on its
     * insert, and the loser's retry finds the row.
     */
    default Optional<Throttle> findForUpdate(ThrottleKey key) {
        return find(key);
    }

    void save(Throttle throttle);

    /** Forgets the key's failures (a successful login, an admin unlock). */
    void clear(ThrottleKey key);
}
