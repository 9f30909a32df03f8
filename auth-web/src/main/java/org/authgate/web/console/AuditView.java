package org.authgate.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The audit log: a lazy table paged in the database with filters on event, outcome, user, actor, dialect,
 * connector, address and time, and a link to the CSV export of the same filters.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AuditFacade facade;

    private String event;
    private String outcome;
    private String username;
    private String actor;
    private String dialect;
    private String connector;
    private String address;
    private final TimeWindow window = new TimeWindow();
    private DatabasePagedModel<AuditFacade.AuditRow> model;

    @PostConstruct
    void init() {
        model = new DatabasePagedModel<>(() -> facade.countAudit(criteria()),
                (first, size, sort) -> facade.audit(criteria(), first, size), AuditFacade.AuditRow::id);
    }

    private AuditFacade.AuditCriteria criteria() {
        return new AuditFacade.AuditCriteria(event, outcome, username, actor, dialect, connector, address,
                window.fromInstant(), window.toInstant());
    }

    /** The CSV export of the filters in force (the last ones applied), relative to this page. */
    public String getExportUrl() {
        return AuditExportServlet.PATH_IN_CONSOLE + AuditExportServlet.query(criteria());
    }

    /** The filter button's action: a bad combination (from after to) is said here, above the table. */
    public void applyFilters() {
        ConsoleMessages.errorIfInvalid(() -> facade.validate(criteria()));
    }

    public LazyDataModel<AuditFacade.AuditRow> getModel() {
        return model;
    }

    public Count getTotal() {
        return model.total();
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getDialect() {
        return dialect;
    }

    public void setDialect(String dialect) {
        this.dialect = dialect;
    }

    public String getConnector() {
        return connector;
    }

    public void setConnector(String connector) {
        this.connector = connector;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public TimeWindow getWindow() {
        return window;
    }
}
