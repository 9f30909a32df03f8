package org.authgate.connectors.local;

import jakarta.enterprise.context.ApplicationScoped;
import org.authgate.core.account.PasswordSchemes;

/** The local connector's hash formats name the schemes the account store keeps beside each hash. */
@ApplicationScoped
public class HashSchemes implements PasswordSchemes {

    @Override
    public String schemeOf(String passwordHash) {
        return HashFormat.schemeOf(passwordHash);
    }
}
