package org.authgate.core.connector;

import java.util.Objects;
import java.util.regex.Pattern;

/** The stable id of a connector ({@code local}, {@code ldap}, ...), as configuration and audit name it. */
public record ConnectorId(String value) {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    public static final ConnectorId LOCAL = new ConnectorId("local");

    public ConnectorId {
        Objects.requireNonNull(value, "connector id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("connector id must be 1-32 lower-case letters, digits, '_' or '-'");
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
