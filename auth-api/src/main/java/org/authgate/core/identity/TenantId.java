package org.authgate.core.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tenant: a UUID (as Wazo names them) or a slug. Accounts, sessions and lockouts are scoped by it.
 */
public record TenantId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    /** The tenant of single-tenant installations and of requests that name none. */
    public static final TenantId DEFAULT = new TenantId("default");

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("tenant id must be 1-64 letters, digits, '.', '_' or '-'");
        }
    }

    public static boolean isValid(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
