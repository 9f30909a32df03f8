package org.authgate.web.console;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Optional;
import org.authgate.core.connector.SecondFactorManagement.PendingTotp;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.SessionId;
import org.authgate.web.usecase.EnrolSecondFactor;
import org.authgate.web.usecase.Logout;

/**
 * An administrator who signed in with the right password but has no second factor while one is required
 * ({@code authgate.admin.require-second-factor}): they are not signed in to the console yet. The sign-in page shows
 * them a new TOTP secret (QR code and text) and signs them in only once they typed a code from their app. Until
 * then the HTTP session holds the accepted credential, never the password.
 */
@Named
@SessionScoped
public class ConsoleEnrolment implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Logout logout;

    @Inject
    transient EnrolSecondFactor enrolment;

    private ConsoleCredential pending;
    /** The secret of the pending enrolment: shown on the sign-in page only, never logged. */
    private String secret;
    private String qr;

    /**
     * Stores a new secret for the administrator and keeps their credential for {@link #confirm}. The HTTP session
     * gets a new id first: someone who planted the old id in the administrator's browser must not see the secret or
     * complete the enrolment in their place.
     */
    void begin(ConsoleCredential credential, HttpServletRequest request, ClientInfo client) {
        cancel(client);
        PendingTotp started = enrolment.beginAtSignIn(credential.subject());
        request.getSession(true);
        request.changeSessionId();
        pending = credential;
        secret = started.secret();
        qr = QrCodes.pngDataUri(started.otpauthUri());
    }

    /**
     * Turns TOTP on when {@code code} is right; the administrator's other sessions, opened with the password alone,
     * end with it.
     *
     * @return the credential to sign in with, or empty for a wrong code (the enrolment stays pending)
     */
    Optional<ConsoleCredential> confirm(String code, ClientInfo client) {
        ConsoleCredential credential = pending;
        if (credential == null || code == null || code.isBlank()) {
            return Optional.empty();
        }
        if (!enrolment.confirm(credential.subject(), SessionId.parse(credential.sessionId()), code.strip(),
                Dialect.ADMIN, client)) {
            return Optional.empty();
        }
        clear();
        return Optional.of(credential);
    }

    /** Abandons a pending enrolment and ends the core session its sign-in opened. */
    void cancel(ClientInfo client) {
        ConsoleCredential credential = pending;
        clear();
        if (credential != null && logout != null) {
            logout.withAccessToken(credential.accessToken(), client, Dialect.ADMIN);
        }
    }

    private void clear() {
        pending = null;
        secret = null;
        qr = null;
    }

    public boolean isActive() {
        return pending != null;
    }

    public String getUsername() {
        return pending == null ? null : pending.username();
    }

    public String getSecret() {
        return secret;
    }

    public String getQr() {
        return qr;
    }

    @PreDestroy
    void sessionEnded() {
        cancel(ClientInfo.NONE);
    }
}
