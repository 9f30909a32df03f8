package org.authgate.core.identity;

import java.util.Objects;
import java.util.UUID;

/** The stable id of a user across connectors and sessions. */
public record SubjectId(UUID value) {
    public SubjectId {
        Objects.requireNonNull(value, "subject id");
    }

    public static SubjectId random() {
        return new SubjectId(UUID.randomUUID());
    }

    public static SubjectId parse(String text) {
        return new SubjectId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
