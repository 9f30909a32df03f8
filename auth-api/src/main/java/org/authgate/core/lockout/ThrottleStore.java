package org.authgate.core.lockout;

import java.util.Optional;

/** Port: throttle counters, shared by all nodes. {@link #save} inserts new values and version-checks others. */
public interface ThrottleStore {

    Optional<Throttle> find(ThrottleKey key);

    void save(Throttle throttle);

    /** Forgets the key's failures (a successful login, an admin unlock). */
    void clear(ThrottleKey key);
}
