package org.authgate.connectors.local;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.lockout.Throttle;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.lockout.ThrottleStore;

final class InMemoryThrottleStore implements ThrottleStore {
    final Map<ThrottleKey, Throttle> throttles = new HashMap<>();

    @Override
    public Optional<Throttle> find(ThrottleKey key) {
        return Optional.ofNullable(throttles.get(key));
    }

    @Override
    public void save(Throttle throttle) {
        throttles.put(throttle.key(), throttle);
    }

    @Override
    public void clear(ThrottleKey key) {
        throttles.remove(key);
    }
}
