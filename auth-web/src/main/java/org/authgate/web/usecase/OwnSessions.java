package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionVerification;
import org.authgate.core.session.SessionEnding;

/**
 * The caller's own sessions, for a verified access token: list the live ones, end this one, end them all. A refused
 * token is answered by {@code refuse} after the unit committed what the check found (an expiry stays recorded).
 */
@ApplicationScoped
public class OwnSessions {

    @Inject
    CallerSession callers;

    @Inject
    SessionVerification sessions;

    @Inject
    SessionEnding ending;

    /** The live sessions of the token's owner. */
    public List<Session> live(String accessToken, Dialect dialect,
                              Function<CallerSession.Refusal, ? extends RuntimeException> refuse) {
        return callers.act(accessToken, dialect, s -> sessions.liveSessionsOf(s.subject()), refuse);
    }

    /** Ends the token's own session. @return whether it was live when the unit ended it */
    public boolean endThis(String accessToken, ClientInfo client, Dialect dialect,
                           Function<CallerSession.Refusal, ? extends RuntimeException> refuse) {
        return callers.act(accessToken, dialect, s -> ending.logout(accessToken, client, dialect), refuse);
    }

    /**
     * Ends every session of the token's owner, this one included, audited with {@code reason} (platforms name a
     * global logout differently). @return how many were live
     */
    public int endAll(String accessToken, EndReason reason, ClientInfo client, Dialect dialect,
                      Function<CallerSession.Refusal, ? extends RuntimeException> refuse) {
        return callers.act(accessToken, dialect,
                s -> ending.endAllOf(s.subject(), null, reason, client, dialect, null), refuse);
    }
}
