package org.authgate.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.authgate.web.http.RequestContext;

/** The connectors page: health and masked configuration of each connector, and a test login form. */
@Named
@ViewScoped
public class ConnectorsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ConnectorsFacade facade;

    @Inject
    ConsoleUser user;

    @Inject
    RequestContext request;

    private List<ConnectorsFacade.ConnectorRow> connectors = List.of();
    private Set<String> enabledIds = Set.of();

    private String connector;
    private String login;
    private String password;
    private String code;
    private ConnectorsFacade.TestLoginResult result;

    @PostConstruct
    void init() {
        refresh();
        connector = enabledIds.isEmpty() ? null : enabledIds.iterator().next();
    }

    /** Reads every connector's health again. */
    public void refresh() {
        connectors = facade.connectors();
        enabledIds = facade.enabledIds();
    }

    public void testLogin() {
        try {
            result = facade.testLogin(user.username(), connector, login, password, code, request.client(null));
        } catch (IllegalArgumentException e) {
            result = null;
            ConsoleMessages.error("No test login: " + e.getMessage() + ".");
        } finally {
            password = null;
            code = null;
        }
    }

    public List<ConnectorsFacade.ConnectorRow> getConnectors() {
        return connectors;
    }

    public Set<String> getEnabledIds() {
        return enabledIds;
    }

    public String getConnector() {
        return connector;
    }

    public void setConnector(String connector) {
        this.connector = connector;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ConnectorsFacade.TestLoginResult getResult() {
        return result;
    }
}
