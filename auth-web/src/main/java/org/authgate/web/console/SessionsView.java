package org.authgate.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.authgate.web.http.RequestContext;
import org.primefaces.model.LazyDataModel;

/** Sessions: a lazy table paged in the database, filters, and revoking one session. */
@Named
@ViewScoped
public class SessionsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SessionsFacade facade;

    @Inject
    ConsoleUser user;

    @Inject
    RequestContext request;

    private String username;
    private String dialect;
    private String state;
    private String clientId;
    private DatabasePagedModel<SessionsFacade.SessionRow> model;

    @PostConstruct
    void init() {
        model = new DatabasePagedModel<>(() -> facade.countSessions(criteria()),
                (first, size) -> facade.sessions(criteria(), first, size), SessionsFacade.SessionRow::id);
    }

    private SessionsFacade.SessionCriteria criteria() {
        return new SessionsFacade.SessionCriteria(username, dialect, state, clientId);
    }

    public void revoke(String sessionId) {
        if (facade.revokeSession(sessionId, user.username(), request.client("authgate-console"))) {
            ConsoleMessages.info("Session " + sessionId + " revoked.");
        } else {
            ConsoleMessages.error("Session " + sessionId + " was not live any more.");
        }
    }

    public LazyDataModel<SessionsFacade.SessionRow> getModel() {
        return model;
    }

    public Count getTotal() {
        return model.total();
    }

    public List<String> getStates() {
        return List.of("ACTIVE", "PENDING_SECOND_FACTOR", "LOGGED_OUT", "REVOKED", "EXPIRED");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDialect() {
        return dialect;
    }

    public void setDialect(String dialect) {
        this.dialect = dialect;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }
}
