package org.authgate.core.lockout;

import java.util.Locale;
import java.util.Objects;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.TenantId;

/** What failures are counted against: one account (by the login as typed, case-folded) or one address. */
public record ThrottleKey(String value) {
    public ThrottleKey {
        Objects.requireNonNull(value);
    }

    public static ThrottleKey account(TenantId tenant, ConnectorId connector, String login) {
        String folded = login.strip().toLowerCase(Locale.ROOT);
        String key = "acct:" + tenant.value() + ':' + connector.value() + ':' + folded;
        return new ThrottleKey(key.length() <= 255 ? key : key.substring(0, 255));
    }

    public static ThrottleKey address(String remoteAddress) {
        return new ThrottleKey("addr:" + remoteAddress);
    }

    public boolean isAccount() {
        return value.startsWith("acct:");
    }
}
