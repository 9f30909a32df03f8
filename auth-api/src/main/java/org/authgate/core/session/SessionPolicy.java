package org.authgate.core.session;

import java.time.Duration;
import java.util.Objects;
import org.authgate.core.InvalidRequest;
import org.authgate.core.token.AccessTokenFormat;

/**
 * How long sessions live.
 *
 * @param defaultLifetime      access-token lifetime when a client asks for none
 * @param maxLifetime          the most a client may ask for; more is refused, not silently cut
 * @param idleTimeout          a session unused this long ends
 * @param refreshTokenLifetime how long one refresh token stays usable
 * @param maxSessionLifetime   absolute end of a session, refreshes included
 * @param secondFactorTimeout  how long a password-accepted login waits for its second factor
 * @param refreshGrace         how long the access token replaced by a refresh keeps working
 * @param touchInterval        last-seen is written at most this often, so token checks stay reads
 */
public record SessionPolicy(
        Duration defaultLifetime,
        Duration maxLifetime,
        Duration idleTimeout,
        Duration refreshTokenLifetime,
        Duration maxSessionLifetime,
        Duration secondFactorTimeout,
        Duration refreshGrace,
        Duration touchInterval,
        AccessTokenFormat defaultFormat) {

    public SessionPolicy {
        Objects.requireNonNull(defaultFormat);
        requirePositive(defaultLifetime, "defaultLifetime");
        requirePositive(maxLifetime, "maxLifetime");
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(refreshTokenLifetime, "refreshTokenLifetime");
        requirePositive(maxSessionLifetime, "maxSessionLifetime");
        requirePositive(secondFactorTimeout, "secondFactorTimeout");
        if (defaultLifetime.compareTo(maxLifetime) > 0) {
            throw new IllegalArgumentException("defaultLifetime exceeds maxLifetime");
        }
        if (refreshGrace.isNegative() || touchInterval.isNegative()) {
            throw new IllegalArgumentException("refreshGrace and touchInterval must not be negative");
        }
    }

    /** The access-token lifetime to grant: the default when none is asked, the request when allowed. */
    public Duration grantedLifetime(Duration requested) {
        if (requested == null) {
            return defaultLifetime;
        }
        if (requested.isZero() || requested.isNegative()) {
            throw new InvalidRequest(InvalidRequest.Kind.INVALID_LIFETIME, "the requested lifetime must be positive");
        }
        if (requested.compareTo(maxLifetime) > 0) {
            throw new InvalidRequest(InvalidRequest.Kind.LIFETIME_TOO_LONG,
                    "the requested lifetime exceeds the maximum of " + maxLifetime.toSeconds() + " seconds");
        }
        return requested;
    }

    public static SessionPolicy defaults() {
        return new SessionPolicy(Duration.ofHours(1), Duration.ofDays(1), Duration.ofHours(8), Duration.ofDays(30),
                Duration.ofDays(30), Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofMinutes(1),
                AccessTokenFormat.OPAQUE);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
