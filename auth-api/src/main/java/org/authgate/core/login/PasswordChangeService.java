package org.authgate.core.login;

import java.time.Clock;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.Connectors;
import org.authgate.core.connector.PasswordChanger;
import org.authgate.core.lockout.LockoutPolicy;
import org.authgate.core.lockout.Throttle;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.lockout.ThrottleStore;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionEnding;

/** A signed-in user changes their password; the former one is always required. */
public final class PasswordChangeService {

    public enum Result { CHANGED, WRONG_FORMER_PASSWORD, TOO_WEAK, NOT_SUPPORTED, LOCKED }

    private final Connectors connectors;
    private final SessionEnding sessions;
    private final ThrottleStore throttles;
    private final LockoutPolicy accountPolicy;
    private final AuditTrail audit;
    private final Clock clock;

    public PasswordChangeService(Connectors connectors, SessionEnding sessions, ThrottleStore throttles,
                                 LockoutPolicy accountPolicy, AuditTrail audit, Clock clock) {
        this.connectors = connectors;
        this.sessions = sessions;
        this.throttles = throttles;
        this.accountPolicy = accountPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param session           the caller's verified session
     * @param others            whether to log out the user's other sessions once the password changed
     */
    public Result change(Session session, String former, String replacement, OtherSessions others,
                         ClientInfo client, Dialect dialect) {
        ThrottleKey key = ThrottleKey.account(session.tenant(), session.connector(), session.username());
        var now = clock.instant();
        // The former password is a guess like any login: a stolen token must not allow brute force.
        if (throttles.find(key).map(t -> t.isLockedAt(now)).orElse(false)) {
            failed(session, client, dialect, "LOCKED");
            return Result.LOCKED;
        }
        if (!(connectors.find(session.connector()).orElse(null) instanceof PasswordChanger changer)) {
            failed(session, client, dialect, "NOT_SUPPORTED");
            return Result.NOT_SUPPORTED;
        }
        PasswordChanger.Result result = changer.changePassword(session.subject(), former, replacement);
        switch (result) {
            case CHANGED -> {
                throttles.clear(key);
                audit.of(AuditEvent.PASSWORD_CHANGED, Outcome.SUCCESS, dialect).session(session).client(client).write();
                if (others == OtherSessions.END) {
                    sessions.endAllOf(session.subject(), session.id(), EndReason.PASSWORD_CHANGED, client, dialect, null);
                }
                return Result.CHANGED;
            }
            case TOO_WEAK -> {
                failed(session, client, dialect, "TOO_WEAK");
                return Result.TOO_WEAK;
            }
            default -> {
                Throttle next = accountPolicy.afterFailure(throttles.find(key).orElseGet(() -> Throttle.fresh(key, now)), now);
                throttles.save(next);
                failed(session, client, dialect, "WRONG_FORMER_PASSWORD");
                return Result.WRONG_FORMER_PASSWORD;
            }
        }
    }

    private void failed(Session session, ClientInfo client, Dialect dialect, String reason) {
        audit.of(AuditEvent.PASSWORD_CHANGE_FAILED, Outcome.FAILURE, dialect).session(session).client(client)
                .reason(reason).write();
    }
}
