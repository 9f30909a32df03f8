package org.authgate.core.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.lockout.Throttle;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.lockout.ThrottleStore;

/**
 * A login with a rate: one login name may attempt at most {@link Rate#attempts()} logins per
 * {@link Rate#per()} (Kuzzle's {@code limits.loginsPerSecond}), whatever their result. The attempts are
 * counted in the shared throttle store under their own key, version-checked, so the limit holds across
 * nodes. A refused attempt is audited as a failed login and must not reach the connector.
 */
public final class LoginRateLimit {

    static final String KEY_PREFIX = "rate:";

    /** At most {@code attempts} logins per {@code per}. */
    public record Rate(int attempts, Duration per) {
        public Rate {
            Objects.requireNonNull(per);
            if (attempts < 1 || per.isZero() || per.isNegative()) {
                throw new IllegalArgumentException("a login rate needs at least one attempt per positive duration");
            }
        }
    }

    public static final String REASON = "TOO_MANY_LOGINS";

    private final ThrottleStore counters;
    private final AuditTrail audit;
    private final Clock clock;

    public LoginRateLimit(ThrottleStore counters, AuditTrail audit, Clock clock) {
        this.counters = counters;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Counts one attempt of the request's login name; false (and a failed login audited) when it is one
     * too many, and then the caller must not run the login. Its own unit of work, committed before the
     * login runs: a slow password check must not hold the shared counter row.
     */
    public boolean admit(LoginRequest request, Rate rate) {
        Instant now = clock.instant();
        ThrottleKey key = keyOf(request);
        Throttle current = counters.findForUpdate(key).orElseGet(() -> Throttle.fresh(key, now));
        boolean sameWindow = now.isBefore(current.windowStart().plus(rate.per()));
        Throttle next = sameWindow
                ? new Throttle(key, current.failures() + 1, current.windowStart(), null, current.version())
                : new Throttle(key, 1, now, null, current.version());
        counters.save(next);
        if (next.failures() > rate.attempts()) {
            audit.of(AuditEvent.LOGIN_FAILED, Outcome.FAILURE, request.dialect())
                    .tenant(request.credentials().tenant()).connector(request.connector())
                    .username(request.credentials().login()).client(request.client()).reason(REASON).write();
            return false;
        }
        return true;
    }

    /** Counted per login name as typed (case-folded), per tenant and connector, apart from lockout counters. */
    static ThrottleKey keyOf(LoginRequest request) {
        String folded = request.credentials().login().strip().toLowerCase(Locale.ROOT);
        String key = KEY_PREFIX + request.credentials().tenant().value() + ':' + request.connector().value() + ':'
                + folded;
        return new ThrottleKey(key.length() <= 255 ? key : key.substring(0, 255));
    }
}
