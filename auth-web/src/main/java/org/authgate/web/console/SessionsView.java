package org.authgate.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.authgate.web.http.RequestContext;
import org.primefaces.model.LazyDataModel;

/**
 * Sessions: a lazy table paged and sorted in the database, filters, revoking one session or all of a
 * user.
 */
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
    private String tenant;
    private String connector;
    private String dialect;
    private String state;
    private String clientId;
    private final TimeWindow created = new TimeWindow();
    private DatabasePagedModel<SessionsFacade.SessionRow> model;

    /** The live sessions of the users of the page's live rows: revoke-all's confirmation says how many end. */
    private LiveSessions live = LiveSessions.NONE;

    @PostConstruct
    void init() {
        model = new DatabasePagedModel<>(() -> facade.countSessions(criteria()), this::page,
                SessionsFacade.SessionRow::id);
    }

    private List<SessionsFacade.SessionRow> page(int first, int size, TableSort sort) {
        List<SessionsFacade.SessionRow> rows = facade.sessions(criteria(), sort, first, size);
        live = new LiveSessions(facade.liveSessions(rows.stream().filter(SessionsFacade.SessionRow::isLive)
                .map(SessionsFacade.SessionRow::subject).toList()));
        return rows;
    }

    private SessionsFacade.SessionCriteria criteria() {
        return new SessionsFacade.SessionCriteria(username, tenant, connector, dialect, clientId, state,
                created.fromInstant(), created.toInstant());
    }

    public void revoke(String sessionId) {
        SessionActions.revoke(facade, sessionId, user.username(), request);
    }

    public void revokeAll(String subject, String name) {
        SessionActions.revokeAll(facade, subject, name, user.username(), request);
    }

    /** What revoking every session of the row's user ends, as the confirmation says it. */
    public String sessionsEnd(String subject) {
        return live.end(subject);
    }

    /** The filter button's action: a bad combination (from after to) is said here, above the table. */
    public void applyFilters() {
        ConsoleMessages.errorIfInvalid(() -> facade.validate(criteria()));
    }

    public LazyDataModel<SessionsFacade.SessionRow> getModel() {
        return model;
    }

    public Count getTotal() {
        return model.total();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getConnector() {
        return connector;
    }

    public void setConnector(String connector) {
        this.connector = connector;
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

    public TimeWindow getCreated() {
        return created;
    }
}
