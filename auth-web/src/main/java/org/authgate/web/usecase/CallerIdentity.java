package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.authgate.core.identity.Identity;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.IdentifiedVerification;
import org.authgate.core.session.SessionVerification;

/** "Who am I?": the current identity of a token's owner (Kuzzle's {@code auth:getCurrentUser}). */
@ApplicationScoped
public class CallerIdentity {

    @Inject
    CallerSession callers;

    @Inject
    SessionVerification sessions;

    /**
     * Answered from the node's memory when the session and its identity are remembered (the SDK asks right after
     * each login). A token that is not valid there goes the verifying way, which tells why it is refused (an
     * expiry it records is committed before {@code refuse} runs, and answered as expired both times).
     */
    public Identity of(String accessToken, Dialect dialect,
                       Function<CallerSession.Refusal, ? extends RuntimeException> refuse) {
        return callers.verifyWithIdentity(accessToken, dialect).map(IdentifiedVerification.Valid::identity)
                .orElseGet(() -> callers.act(accessToken, dialect, sessions::identityOf, refuse));
    }
}
