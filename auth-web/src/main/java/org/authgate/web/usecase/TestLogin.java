package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.identity.Identity;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.login.LoginService;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.SessionEnding;
import org.authgate.core.session.TokenGrant;

/**
 * An administrator tries a connector with someone's credentials: a real login through the core (throttled, locked
 * out and audited like any other, with dialect {@code admin}) whose session is ended at once, plus an ADMIN_ACTION
 * record naming the administrator, all in one unit of work. A login that needs a second factor is left pending
 * without its challenge: nobody can complete it and it expires with the second-factor timeout.
 */
@ApplicationScoped
public class TestLogin {

    @Inject
    UnitOfWork work;

    @Inject
    LoginService logins;

    @Inject
    SessionEnding sessions;

    @Inject
    AuditTrail audit;

    /**
     * @param outcome  SUCCESS, SECOND_FACTOR_REQUIRED or the core's public refusal; the LOGIN_FAILED record has the
     *                 precise reason (unknown user, wrong password, locked)
     * @param identity who logged in, null when refused
     */
    public record Result(String outcome, Identity identity) {
    }

    public Result tryLogin(String actor, ConnectorId connector, Credentials credentials, ClientInfo client) {
        return work.run(() -> {
            LoginOutcome outcome = logins.login(new LoginRequest(connector, credentials, client, Dialect.ADMIN,
                    null, TokenGrant.ACCESS_ONLY, null, null));
            Result result;
            if (outcome instanceof LoginOutcome.LoggedIn loggedIn) {
                sessions.logout(loggedIn.issued().accessToken(), client, Dialect.ADMIN);
                result = new Result("SUCCESS", loggedIn.identity());
            } else if (outcome instanceof LoginOutcome.SecondFactorPending pending) {
                result = new Result("SECOND_FACTOR_REQUIRED", pending.identity());
            } else {
                result = new Result(((LoginOutcome.Refused) outcome).refusal().name(), null);
            }
            audit.of(AuditEvent.ADMIN_ACTION, Outcome.SUCCESS, Dialect.ADMIN).connector(connector)
                    .client(client).actor(actor).target(connector.value() + ":" + credentials.login())
                    .reason("TEST_LOGIN " + result.outcome()).write();
            return result;
        });
    }
}
