package org.authgate.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The effective configuration, secrets masked (read-only: configuration changes are a redeploy's job). */
@Named
@ViewScoped
public class SettingsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SettingsFacade facade;

    private List<SettingsFacade.Setting> settings = List.of();

    @PostConstruct
    void init() {
        settings = facade.all();
    }

    public List<SettingsFacade.Setting> getSettings() {
        return settings;
    }
}
