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
import org.authgate.core.session.ClientInfo;
import org.authgate.web.http.RequestContext;

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

    @Inject
    ConsoleEnrolment enrolment;

    @Inject
    RequestContext request;

    private String username;
    private String password;
    private String code;

    public void submit() throws IOException {
        enrolment.cancel(client());
        Optional<ConsoleIdentityStore.Accepted> accepted = store.verify(username, password, code);
        password = null;
        code = null;
        if (accepted.isEmpty()) {
            refused();
            return;
        }
        if (accepted.get().mustEnrol()) {
            enrolment.begin(accepted.get().credential(), (HttpServletRequest) faces.getExternalContext().getRequest(),
                    client());
            return;
        }
        authenticate(accepted.get().credential());
    }

    /** The second step of a first sign-in without a second factor: the code from the newly enrolled app. */
    public void confirmEnrolment() throws IOException {
        Optional<ConsoleCredential> enrolled = enrolment.confirm(code, client());
        code = null;
        if (enrolled.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Wrong code: type the one your authenticator app shows now.", null));
            return;
        }
        authenticate(enrolled.get());
    }

    /** Back to the sign-in form; the core session of the password step ends. */
    public void cancelEnrolment() {
        enrolment.cancel(client());
    }

    private void authenticate(ConsoleCredential credential) throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(credential).newAuthentication(true));
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

    private ClientInfo client() {
        return request.client("authgate-console");
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
