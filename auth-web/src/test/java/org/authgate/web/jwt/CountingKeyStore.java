package org.authgate.web.jwt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.authgate.core.token.SigningKey;
import org.authgate.core.token.SigningKeyStore;

/** The signing key port in memory, counting how often the keys are read (each read is a database query). */
final class CountingKeyStore implements SigningKeyStore {
    final List<SigningKey> keys = new ArrayList<>();
    final AtomicInteger loads = new AtomicInteger();

    @Override
    public synchronized List<SigningKey> all() {
        loads.incrementAndGet();
        return keys.stream().sorted(Comparator.comparingLong(SigningKey::generation).reversed()).toList();
    }

    @Override
    public synchronized void insert(SigningKey key) {
        if (keys.stream().anyMatch(k -> k.generation() == key.generation())) {
            throw new IllegalStateException("duplicate generation");
        }
        keys.add(key);
    }

    @Override
    public synchronized void delete(String keyId) {
        keys.removeIf(k -> k.keyId().equals(keyId));
    }
}
