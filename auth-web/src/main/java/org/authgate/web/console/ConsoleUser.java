package org.authgate.web.console;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.web.usecase.AdministratorSession;
import org.authgate.web.usecase.Logout;

/**
 * The signed-in administrator of one console (HTTP) session, and the core session their sign-in opened.
 * When the HTTP session ends (sign-out, idle timeout), so does the core session, so the audit trail
 * shows every console visit as a login and a logout.
 */
@Named
@SessionScoped
public class ConsoleUser implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AdministratorSession administrators;

    @Inject
    transient Logout logouts;

    private String username;
    private String sessionId;
    /** The core session's access token: never rendered, never logged. */
    private String accessToken;

    void signedIn(String username, String sessionId, String accessToken) {
        this.username = username;
        this.sessionId = sessionId;
        this.accessToken = accessToken;
    }

    public String username() {
        return username;
    }

    public String sessionId() {
        return sessionId;
    }

    public boolean isSignedIn() {
        return accessToken != null;
    }

    /**
     * Whether the core session of the sign-in is still valid and its owner, as they are now, still an administrator
     * (holds the admin role, not banned; a disabled account has no session left). Answered from the node's memory
     * when nothing changed since the last check; every node forgets an account or session as it changes. With the
     * second-factor rule on, the owner must still have one too: an administrator who removed their own TOTP through
     * the API would otherwise keep a console the admin API already refuses them.
     */
    boolean isStillAdministrator() {
        String token = accessToken;
        return token != null && administrators != null && administrators.check(token, Dialect.ADMIN).admitted();
    }

    /** Ends the core session once; later calls do nothing. */
    void end(ClientInfo client) {
        String token = accessToken;
        accessToken = null;
        if (token != null && logouts != null) {
            logouts.withAccessToken(token, client, Dialect.ADMIN);
        }
    }

    @PreDestroy
    void sessionEnded() {
        end(ClientInfo.NONE);
    }
}
