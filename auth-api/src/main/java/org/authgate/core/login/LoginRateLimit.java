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
 * nodes. A refused attempt is audited as a failed login and never reaches the connector.
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

    /** Either the login ran (with its own outcome) or it came too fast to run at all. */
    public sealed interface Outcome {
    }

    public record Attempted(LoginOutcome login) implements Outcome {
    }

    public record TooFast() implements Outcome {
    }

    public static final String REASON = "TOO_MANY_LOGINS";

    private final LoginService logins;
    private final ThrottleStore counters;
    private final AuditTrail audit;
    private final Clock clock;

    public LoginRateLimit(LoginService logins, ThrottleStore counters, AuditTrail audit, Clock clock) {
        this.logins = logins;
        this.counters = counters;
        this.audit = audit;
        this.clock = clock;
    }

    public Outcome login(LoginRequest request, Rate rate) {
        Instant now = clock.instant();
        ThrottleKey key = keyOf(request);
        Throttle current = counters.find(key).orElseGet(() -> Throttle.fresh(key, now));
        boolean sameWindow = now.isBefore(current.windowStart().plus(rate.per()));
        Throttle next = sameWindow
                ? new Throttle(key, current.failures() + 1, current.windowStart(), null, current.version())
                : new Throttle(key, 1, now, null, current.version());
        counters.save(next);
        if (next.failures() > rate.attempts()) {
            audit.of(AuditEvent.LOGIN_FAILED, org.authgate.core.audit.Outcome.FAILURE, request.dialect())
                    .tenant(request.credentials().tenant()).connector(request.connector())
                    .username(request.credentials().login()).client(request.client()).reason(REASON).write();
            return new TooFast();
        }
        return new Attempted(logins.login(request));
    }

    /** Counted per login name as typed (case-folded), per tenant and connector, apart from lockout counters. */
    static ThrottleKey keyOf(LoginRequest request) {
        String folded = request.credentials().login().strip().toLowerCase(Locale.ROOT);
        String key = KEY_PREFIX + request.credentials().tenant().value() + ':' + request.connector().value() + ':'
                + folded;
        return new ThrottleKey(key.length() <= 255 ? key : key.substring(0, 255));
    }
}
