package org.authgate.web.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.authgate.core.session.IdentifiedVerification;
import org.authgate.core.session.SessionVerification;
import org.authgate.core.session.SessionStore;
import org.authgate.core.session.TokenIssuer;

/**
 * Verification use cases that dialects need beyond {@link SessionVerification#verify}; the use cases run them in a unit of
 * work ({@link org.authgate.web.usecase.CallerSession}).
 */
@ApplicationScoped
public class VerificationProducers {

    @Produces
    @Singleton
    IdentifiedVerification identifiedVerification(SessionVerification sessions, SessionStore store, TokenIssuer tokens) {
        return new IdentifiedVerification(sessions, store, tokens);
    }
}
