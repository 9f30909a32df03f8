package org.authgate.core.login;

import java.time.Clock;
import java.time.Instant;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.Connectors;
import org.authgate.core.connector.PasswordVerifier;
import org.authgate.core.lockout.LockoutPolicy;
import org.authgate.core.lockout.Throttle;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.lockout.ThrottleStore;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.Session;

/**
 * Step-up: a signed-in user types their current password again before a change that would let whoever holds the
 * session keep the account (enrolling or removing a second factor). A wrong password counts against the account's
 * lockout exactly like a wrong login or a wrong former password, so a stolen token cannot be used to guess it.
 */
public final class PasswordConfirmation {

    public enum Result { CONFIRMED, WRONG_PASSWORD, LOCKED, NOT_SUPPORTED }

    private final Connectors connectors;
    private final ThrottleStore throttles;
    private final LockoutPolicy accountPolicy;
    private final AuditTrail audit;
    private final Clock clock;

    public PasswordConfirmation(Connectors connectors, ThrottleStore throttles, LockoutPolicy accountPolicy,
                                AuditTrail audit, Clock clock) {
        this.connectors = connectors;
        this.throttles = throttles;
        this.accountPolicy = accountPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param purpose what the password is asked for, written as the reason of a refusal's audit record
     */
    public Result confirm(Session session, String password, String purpose, ClientInfo client, Dialect dialect) {
        ThrottleKey key = ThrottleKey.account(session.tenant(), session.connector(), session.username());
        Instant now = clock.instant();
        if (throttles.find(key).map(t -> t.isLockedAt(now)).orElse(false)) {
            failed(session, client, dialect, purpose + ":LOCKED");
            return Result.LOCKED;
        }
        if (!(connectors.find(session.connector()).orElse(null) instanceof PasswordVerifier verifier)) {
            failed(session, client, dialect, purpose + ":NOT_SUPPORTED");
            return Result.NOT_SUPPORTED;
        }
        if (password == null || !verifier.verifyPassword(session.subject(), password)) {
            throttles.save(accountPolicy.afterFailure(throttles.find(key).orElseGet(() -> Throttle.fresh(key, now)),
                    now));
            failed(session, client, dialect, purpose + ":WRONG_PASSWORD");
            return Result.WRONG_PASSWORD;
        }
        return Result.CONFIRMED;
    }

    private void failed(Session session, ClientInfo client, Dialect dialect, String reason) {
        audit.of(AuditEvent.STEP_UP_FAILED, Outcome.FAILURE, dialect).session(session).client(client).reason(reason)
                .write();
    }
}
