package org.authgate.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.authgate.web.http.RequestContext;

/**
 * One session ({@code session.xhtml?id=…}): its fields, its audit timeline, and its revocation. The id
 * comes from the URL, so anything may arrive: a malformed or unknown id is a message on the page.
 */
@Named
@ViewScoped
public class SessionDetailView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SessionsFacade facade;

    @Inject
    ConsoleUser user;

    @Inject
    RequestContext request;

    private String id;
    private SessionsFacade.SessionDetail detail;
    /** The live sessions of the session's user: revoke-all's confirmation says how many end. */
    private LiveSessions live = LiveSessions.NONE;

    /** The view action: runs on the first request, not on this page's own postbacks. */
    public void load() {
        detail = null;
        try {
            detail = facade.detail(id).orElse(null);
            if (detail == null) {
                ConsoleMessages.error("No session with id " + id + ".");
            } else {
                live = new LiveSessions(facade.liveSessions(List.of(detail.session().subject())));
            }
        } catch (InvalidCriteria e) {
            ConsoleMessages.error("Not a session id: " + (id == null ? "(none)" : id) + ".");
        }
    }

    public void revoke() {
        SessionActions.revoke(facade, detail.session().id(), user.username(), request);
        load();
    }

    public void revokeAll() {
        SessionActions.revokeAll(facade, detail.session().subject(), detail.session().username(), user.username(),
                request);
        load();
    }

    /** What revoking every session of this session's user ends, as the confirmation says it. */
    public String getSessionsEnd() {
        return detail == null ? "" : live.end(detail.session().subject());
    }

    public SessionsFacade.SessionDetail getDetail() {
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
