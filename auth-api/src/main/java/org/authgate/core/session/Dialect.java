package org.authgate.core.session;

import java.util.Objects;
import java.util.regex.Pattern;

/** The wire dialect a request came through ({@code native}, {@code wazo}, {@code kuzzle}, ...). */
public record Dialect(String value) {
    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public static final Dialect NATIVE = new Dialect("native");
    /** Actions taken in the admin console or admin API. */
    public static final Dialect ADMIN = new Dialect("admin");
    /** The server's own housekeeping (the retention purge), on no client's request. */
    public static final Dialect SERVER = new Dialect("server");
    /** Changes a connector makes by itself, such as a password rehashed at login. */
    public static final Dialect CONNECTOR = new Dialect("connector");

    public Dialect {
        Objects.requireNonNull(value, "dialect");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("bad dialect name: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
