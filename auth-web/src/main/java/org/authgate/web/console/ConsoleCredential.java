package org.authgate.web.console;

import jakarta.security.enterprise.credential.Credential;

/** What the sign-in form sends: username, password and an optional TOTP code. Never shows the secrets. */
public record ConsoleCredential(String username, String password, String code) implements Credential {

    @Override
    public String toString() {
        return "ConsoleCredential[" + username + ", ***]";
    }
}
