package org.authgate.web.console;

import java.util.Map;
import org.authgate.core.session.SessionSort;

/**
 * The sessions table's sortable columns: the {@code field} names of its p:columns, each mapped to a
 * {@link SessionSort.Field}. Any other name (a forged request) sorts newest first, as does no sort.
 */
final class SessionSortFields {
    private static final Map<String, SessionSort.Field> COLUMNS = Map.of(
            "createdAt", SessionSort.Field.CREATED_AT,
            "lastSeenAt", SessionSort.Field.LAST_SEEN_AT,
            "expiresAt", SessionSort.Field.EXPIRES_AT,
            "username", SessionSort.Field.USERNAME,
            "tenant", SessionSort.Field.TENANT,
            "connector", SessionSort.Field.CONNECTOR,
            "dialect", SessionSort.Field.DIALECT,
            "clientId", SessionSort.Field.CLIENT_ID,
            "state", SessionSort.Field.STATE);

    private SessionSortFields() {
    }

    static SessionSort of(TableSort sort) {
        if (sort == null) {
            return SessionSort.NEWEST_FIRST;
        }
        SessionSort.Field field = COLUMNS.get(sort.field());
        return field == null ? SessionSort.NEWEST_FIRST : new SessionSort(field, sort.ascending());
    }
}
