package org.authgate.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** The sign-in form: hands the credentials to Jakarta Security, which asks {@link ConsoleIdentityStore}. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    ConsoleIdentityStore store;

    private String username;
    private String password;
    private String code;

    public void submit() throws IOException {
        Optional<ConsoleCredential> verified = store.verify(username, password, code);
        password = null;
        code = null;
        if (verified.isEmpty()) {
            refused();
            return;
        }
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(verified.get()).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE:
                // The mechanism redirected to the page that asked for the sign-in.
                faces.responseComplete();
                break;
            case SUCCESS:
                external.redirect(external.getRequestContextPath() + ConsoleSecurity.HOME_PAGE);
                break;
            default:
                refused();
        }
    }

    /** One message for every refusal: nobody learns whether the name, password, code or role was wrong. */
    private void refused() {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "Sign-in refused: wrong username, password or code, or not an administrator.", null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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
}
