package org.authgate.core.session;

import java.util.Objects;
import java.util.Optional;
import org.authgate.core.identity.Identity;
import org.authgate.core.token.TokenHash;

/**
 * Verification for dialects whose token check answers with the user and tells a banned user apart
 * (Azuriom's {@code /verify} answers 403 {@code user_banned}). Banning ends the user's sessions, so the
 * holder of a token whose session an administrator revoked learns that its user is banned; a token that
 * was logged out, expired or never issued stays just invalid.
 */
public final class IdentifiedVerification {

    /** The answer: the live session with its current identity, a banned identity, or invalid. */
    public sealed interface Result {
    }

    /** {@code presented}: the hash the presented token stands for, as in {@link VerifyOutcome.Valid}. */
    public record Valid(Session session, Identity identity, TokenHash presented) implements Result {
    }

    public record Banned(Identity identity) implements Result {
    }

    public record Invalid(VerifyOutcome.Why why) implements Result {
    }

    private final SessionVerification sessions;
    private final SessionStore store;
    private final TokenIssuer tokens;

    public IdentifiedVerification(SessionVerification sessions, SessionStore store, TokenIssuer tokens) {
        this.sessions = Objects.requireNonNull(sessions);
        this.store = Objects.requireNonNull(store);
        this.tokens = Objects.requireNonNull(tokens);
    }

    /** One unit of work, like {@link SessionVerification#verify}. */
    public Result verify(String accessToken, Dialect dialect) {
        VerifyOutcome outcome = sessions.verify(accessToken, dialect);
        if (outcome instanceof VerifyOutcome.Valid valid) {
            Identity identity = sessions.identityOf(valid.session());
            return identity.banned() ? new Banned(identity) : new Valid(valid.session(), identity, valid.presented());
        }
        VerifyOutcome.Why why = ((VerifyOutcome.Invalid) outcome).why();
        if (why == VerifyOutcome.Why.ENDED) {
            Optional<Identity> banned = revokedSessionOf(accessToken).map(sessions::identityOf)
                    .filter(Identity::banned);
            if (banned.isPresent()) {
                return new Banned(banned.get());
            }
        }
        return new Invalid(why);
    }

    private Optional<Session> revokedSessionOf(String accessToken) {
        Optional<TokenHash> hash = tokens.hashOfAccessToken(accessToken);
        return hash.flatMap(store::findByAccessTokenHash)
                .filter(s -> hash.get().matches(s.accessTokenHash()))
                .filter(s -> s.endReason() == EndReason.ADMIN_REVOKE);
    }
}
