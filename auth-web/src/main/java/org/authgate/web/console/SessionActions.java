package org.authgate.web.console;

import org.authgate.web.http.RequestContext;

/**
 * The revocations the sessions page and a session's detail page both offer, with the messages they
 * show; the console's own client id marks the audit records as the console's.
 */
final class SessionActions {
    static final String CLIENT_ID = "authgate-console";

    private SessionActions() {
    }

    static void revoke(SessionsFacade facade, String sessionId, String actor, RequestContext request) {
        if (facade.revokeSession(sessionId, actor, request.client(CLIENT_ID))) {
            ConsoleMessages.info("Session " + sessionId + " revoked.");
        } else {
            ConsoleMessages.error("Session " + sessionId + " was not live any more.");
        }
    }

    static void revokeAll(SessionsFacade facade, String subject, String name, String actor, RequestContext request) {
        int ended = facade.revokeAllOf(subject, actor, request.client(CLIENT_ID));
        ConsoleMessages.info(ended + " live session(s) of " + name + " revoked.");
    }
}
