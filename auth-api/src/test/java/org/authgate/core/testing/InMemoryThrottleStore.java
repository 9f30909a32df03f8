package org.authgate.core.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.authgate.core.lockout.Throttle;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.lockout.ThrottleStore;

/**
 * Throttle counters in a map. As the port says, {@link #save} inserts a new value (and fails when
 * another writer inserted first) and version-checks a stored one.
 */
public final class InMemoryThrottleStore implements ThrottleStore {
    private final Map<ThrottleKey, Throttle> byKey = new LinkedHashMap<>();

    @Override
    public Optional<Throttle> find(ThrottleKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public void save(Throttle throttle) {
        Throttle stored = byKey.get(throttle.key());
        if (throttle.isNew()) {
            if (stored != null) {
                throw new StaleVersionException("new throttle " + throttle.key().value(), throttle.version(),
                        stored.version());
            }
            byKey.put(throttle.key(), withVersion(throttle, 0));
            return;
        }
        if (stored == null || stored.version() != throttle.version()) {
            throw new StaleVersionException("throttle " + throttle.key().value(), throttle.version(),
                    stored == null ? -1 : stored.version());
        }
        byKey.put(throttle.key(), withVersion(throttle, stored.version() + 1));
    }

    @Override
    public void clear(ThrottleKey key) {
        byKey.remove(key);
    }

    /** How many failures the key holds now; 0 when it holds none. */
    public int failuresOf(ThrottleKey key) {
        return find(key).map(Throttle::failures).orElse(0);
    }

    /** The keys that hold a throttle now. */
    public Set<ThrottleKey> keys() {
        return Set.copyOf(byKey.keySet());
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    private static Throttle withVersion(Throttle t, long version) {
        return new Throttle(t.key(), t.failures(), t.windowStart(), t.lockedUntil(), version);
    }
}
