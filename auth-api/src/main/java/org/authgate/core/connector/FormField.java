package org.authgate.core.connector;

/** One field of a {@link LoginForm}. */
public record FormField(String name, Type type, boolean required, String label) {
    public enum Type { TEXT, EMAIL, PASSWORD, OTP }
}
