package org.authgate.core.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.authgate.core.session.RefreshToken;
import org.authgate.core.session.RefreshTokenStore;
import org.authgate.core.session.SessionId;
import org.authgate.core.token.TokenHash;

/** Refresh tokens in a map, version-checked like {@link InMemorySessionStore}. */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {
    private final Map<UUID, RefreshToken> byId = new LinkedHashMap<>();

    @Override
    public void insert(RefreshToken token) {
        if (byId.containsKey(token.id()) || findByHash(token.hash()).isPresent()) {
            throw new IllegalStateException("duplicate refresh token " + token.id());
        }
        byId.put(token.id(), token);
    }

    @Override
    public void update(RefreshToken token) {
        RefreshToken stored = byId.get(token.id());
        if (stored == null) {
            throw new IllegalStateException("no refresh token " + token.id());
        }
        if (stored.version() != token.version()) {
            throw new StaleVersionException("refresh token " + token.id(), token.version(), stored.version());
        }
        byId.put(token.id(), withState(token, token.state(), token.usedAt(), stored.version() + 1));
    }

    @Override
    public Optional<RefreshToken> findByHash(TokenHash hash) {
        return byId.values().stream().filter(t -> t.hash().equals(hash)).findFirst();
    }

    @Override
    public int revokeAllOf(SessionId session, Instant now) {
        int revoked = 0;
        for (RefreshToken t : List.copyOf(byId.values())) {
            if (t.session().equals(session) && t.state() == RefreshToken.RefreshState.ACTIVE) {
                byId.put(t.id(), withState(t, RefreshToken.RefreshState.REVOKED, t.usedAt(), t.version() + 1));
                revoked++;
            }
        }
        return revoked;
    }

    /** Every token of the session's family, oldest first. */
    public List<RefreshToken> familyOf(SessionId session) {
        return byId.values().stream().filter(t -> t.session().equals(session)).toList();
    }

    public Optional<RefreshToken> findByToken(String token) {
        return findByHash(TokenHash.of(token));
    }

    public int size() {
        return byId.size();
    }

    private static RefreshToken withState(RefreshToken t, RefreshToken.RefreshState state, Instant usedAt,
                                          long version) {
        return new RefreshToken(t.id(), t.session(), t.hash(), state, t.createdAt(), t.expiresAt(), usedAt, version);
    }
}
