package org.authgate.core.session;

import java.util.Objects;

/**
 * The order of an administrator's session search: one of a fixed set of fields (so no caller can sort
 * by an arbitrary column), ties broken by session id in the same direction so offset paging is stable.
 */
public record SessionSort(Field field, boolean ascending) {

    /** The fields a session search may be ordered by. */
    public enum Field {
        CREATED_AT,
        LAST_SEEN_AT,
        EXPIRES_AT,
        USERNAME,
        TENANT,
        CONNECTOR,
        DIALECT,
        CLIENT_ID,
        STATE
    }

    /** The default: newest first. */
    public static final SessionSort NEWEST_FIRST = new SessionSort(Field.CREATED_AT, false);

    public SessionSort {
        Objects.requireNonNull(field, "sort field");
    }
}
