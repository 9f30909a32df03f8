package org.authgate.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.authgate.web.http.RequestContext;

/** Sign-out (a POST from the layout's form): ends the core session, the authentication and the HTTP session. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    FacesContext faces;

    @Inject
    ConsoleUser user;

    @Inject
    RequestContext request;

    public void submit() throws IOException, ServletException {
        user.end(request.client("authgate-console"));
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + ConsoleSecurity.LOGIN_PAGE + "?signedOut=true");
    }
}
