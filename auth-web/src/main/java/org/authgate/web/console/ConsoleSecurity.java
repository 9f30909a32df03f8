package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security's form mechanism for the console: an unauthenticated request to a protected view is
 * redirected (not forwarded, so the browser's URL is the login page's) to the sign-in page, whose bean
 * hands the credentials to {@link ConsoleIdentityStore}. The mechanism keeps the authentication in the
 * HTTP session (it behaves as {@code @AutoApplySession}), so it ends with that session.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = ConsoleSecurity.LOGIN_PAGE, useForwardToLogin = false,
                errorPage = ""))
public class ConsoleSecurity {
    /** The one role web.xml requires under /admin; granted only to holders of the configured admin role. */
    public static final String CONSOLE_ROLE = "authgate-console";
    public static final String LOGIN_PAGE = "/admin/login.xhtml";
    public static final String HOME_PAGE = "/admin/dashboard.xhtml";
}
