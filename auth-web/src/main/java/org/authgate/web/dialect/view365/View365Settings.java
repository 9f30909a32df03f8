package org.authgate.web.dialect.view365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.authgate.core.login.LoginService;
import org.authgate.core.login.LoginWithPasswordChange;
import org.authgate.core.login.PasswordChangeService;
import org.authgate.core.session.SessionEnding;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads {@link View365Config} and refuses to start with the dialect enabled and no valid DES key. */
@ApplicationScoped
public class View365Settings {

    @Produces
    @Singleton
    View365Config config() {
        return View365Config.from(ConfigProvider.getConfig());
    }

    @Produces
    @Singleton
    LoginWithPasswordChange loginWithPasswordChange(LoginService logins, PasswordChangeService passwords,
                                                    SessionEnding sessions) {
        return new LoginWithPasswordChange(logins, passwords, sessions);
    }

    void validateAtStart(@Observes @Initialized(ApplicationScoped.class) Object ignored, View365Config config) {
        config.requireUsable();
    }
}
