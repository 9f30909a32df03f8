package org.authgate.web.console;

/**
 * A filter value the console cannot use (an unknown event, a malformed id or date): its message names the
 * field and is meant for the administrator, who sees it instead of an error page.
 */
final class InvalidCriteria extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidCriteria(String message) {
        super(message);
    }
}
