package org.authgate.web.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.authgate.core.lockout.LockoutPolicy;
import org.authgate.core.session.SessionPolicy;
import org.authgate.core.token.AccessTokenFormat;
import org.eclipse.microprofile.config.Config;

/**
 * The core's policies read once from MicroProfile Config and validated at start-up: a bad value
 * stops the deployment with a message naming the key, instead of failing on the first login.
 */
@ApplicationScoped
public class CoreSettings {
    private SessionPolicy sessionPolicy;
    private LockoutPolicy accountLockout;
    private LockoutPolicy addressLockout;
    private String jwtIssuer;
    private String adminRole;

    protected CoreSettings() {
    }

    @Inject
    public CoreSettings(Config config) {
        try {
            sessionPolicy = new SessionPolicy(
                    seconds(config, "authgate.session.default-lifetime-seconds"),
                    seconds(config, "authgate.session.max-lifetime-seconds"),
                    seconds(config, "authgate.session.idle-timeout-seconds"),
                    seconds(config, "authgate.session.refresh-token-lifetime-seconds"),
                    seconds(config, "authgate.session.max-session-lifetime-seconds"),
                    seconds(config, "authgate.session.second-factor-timeout-seconds"),
                    Duration.ofMillis(config.getValue("authgate.session.refresh-grace-millis", Long.class)),
                    seconds(config, "authgate.session.touch-interval-seconds"),
                    AccessTokenFormat.valueOf(config.getValue("authgate.session.token-format", String.class)
                            .strip().toUpperCase(Locale.ROOT)));
            accountLockout = lockout(config, "authgate.lockout.account.");
            addressLockout = lockout(config, "authgate.lockout.address.");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("invalid authgate configuration: " + e.getMessage(), e);
        }
        jwtIssuer = config.getValue("authgate.jwt.issuer", String.class);
        adminRole = config.getValue("authgate.admin.role", String.class);
    }

    public SessionPolicy sessionPolicy() {
        return sessionPolicy;
    }

    public LockoutPolicy accountLockout() {
        return accountLockout;
    }

    public LockoutPolicy addressLockout() {
        return addressLockout;
    }

    public String jwtIssuer() {
        return jwtIssuer;
    }

    public String adminRole() {
        return adminRole;
    }

    private static LockoutPolicy lockout(Config config, String prefix) {
        return new LockoutPolicy(
                config.getValue(prefix + "threshold", Integer.class),
                Duration.ofMillis(config.getValue(prefix + "base-delay-millis", Long.class)),
                seconds(config, prefix + "max-delay-seconds"),
                config.getValue(prefix + "max-failures-per-hour", Integer.class),
                Duration.ofHours(1));
    }

    private static Duration seconds(Config config, String key) {
        long value = config.getValue(key, Long.class);
        if (value < 0) {
            throw new IllegalArgumentException(key + " must not be negative");
        }
        return Duration.ofSeconds(value);
    }
}
