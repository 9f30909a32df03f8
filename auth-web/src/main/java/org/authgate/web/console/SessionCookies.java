package org.authgate.web.console;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.authgate.web.core.ServerMode;

/**
 * The console's session cookie: {@code HttpOnly} (also in web.xml), never readable by a script; {@code SameSite=Strict},
 * never sent with a request another site started (every console action is a same-site form POST, and a link from
 * elsewhere lands on the sign-in page); and {@code Secure} in production mode, so a browser never sends it over plain
 * HTTP (where the console answers 403 anyway: {@code web.http.TransportSecurity}). Secure cannot be in web.xml, since
 * the run command serves the console over HTTP; SameSite is set here because WildFly ignores web.xml's
 * {@code cookie-config/attribute}. The Servlet API's session cookie configuration, set while the context initialises,
 * is what WildFly applies in full; Payara 6 applies HttpOnly and Secure from it but no attribute, and takes SameSite
 * from the WAR's glassfish-web.xml ({@code cookieSameSite}) instead.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Strict");
        if (ServerMode.configured().production()) {
            cookie.setSecure(true);
        }
    }
}
