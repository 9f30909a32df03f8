package org.authgate.core.session;

/**
 * Which tokens a login grants: a bare {@code true}/{@code false} in the middle of a login's eight arguments
 * did not say that it was about a refresh token.
 */
public enum TokenGrant {
    /** An access token only; the session ends with it (or its renewals). */
    ACCESS_ONLY,
    /** An access token and a rotating refresh token. */
    WITH_REFRESH_TOKEN;

    public boolean refreshable() {
        return this == WITH_REFRESH_TOKEN;
    }

    public static TokenGrant refreshableIf(boolean refreshable) {
        return refreshable ? WITH_REFRESH_TOKEN : ACCESS_ONLY;
    }
}
