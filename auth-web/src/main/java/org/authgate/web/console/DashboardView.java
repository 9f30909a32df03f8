package org.authgate.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The dashboard: session and login counts, loaded on every visit and on each poll. */
@Named
@ViewScoped
public class DashboardView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DashboardFacade facade;

    private DashboardFacade.Dashboard dashboard;

    public void load() {
        dashboard = facade.dashboard();
    }

    public DashboardFacade.Dashboard getDashboard() {
        if (dashboard == null) {
            load();
        }
        return dashboard;
    }
}
