package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginService;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.web.metrics.Metrics;
import org.authgate.web.metrics.Operation;
import org.authgate.web.metrics.Outcomes;

/** The second step of a login that asked for one: the challenge and the code open the session. */
@ApplicationScoped
public class SecondFactor {

    @Inject
    UnitOfWork work;

    @Inject
    LoginService logins;

    @Inject
    Metrics metrics;

    public LoginOutcome complete(String challenge, String code, ClientInfo client, Dialect dialect,
                                 Map<String, String> extraClaims) {
        return metrics.timed(Operation.SECOND_FACTOR, dialect,
                () -> work.run(() -> logins.completeSecondFactor(challenge, code, client, dialect, extraClaims)),
                Outcomes::login);
    }
}
