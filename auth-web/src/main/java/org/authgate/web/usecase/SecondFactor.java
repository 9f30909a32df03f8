package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginService;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;

/** The second step of a login that asked for one: the challenge and the code open the session. */
@ApplicationScoped
public class SecondFactor {

    @Inject
    UnitOfWork work;

    @Inject
    LoginService logins;

    public LoginOutcome complete(String challenge, String code, ClientInfo client, Dialect dialect,
                                 Map<String, String> extraClaims) {
        return work.run(() -> logins.completeSecondFactor(challenge, code, client, dialect, extraClaims));
    }
}
