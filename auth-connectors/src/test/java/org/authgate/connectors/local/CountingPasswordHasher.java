package org.authgate.connectors.local;

import java.util.ArrayList;
import java.util.List;

/** A real hasher that remembers the cost of every Argon2id run: proof of work without measuring time. */
class CountingPasswordHasher extends PasswordHasher {
    final List<Argon2Params> derivations = new ArrayList<>();

    CountingPasswordHasher(Argon2Params params) {
        super(params);
    }

    @Override
    byte[] derive(String password, byte[] salt, Argon2Params cost, int version, int length) {
        derivations.add(cost);
        return super.derive(password, salt, cost, version, length);
    }
}
