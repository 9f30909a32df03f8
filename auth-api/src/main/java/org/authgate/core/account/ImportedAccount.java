package org.authgate.core.account;

import java.util.Objects;
import java.util.Set;
import org.authgate.core.identity.TenantId;

/**
 * An account brought over from another system with the password hash that system stored: authgate's own Argon2id,
 * bcrypt ({@code $2a$}, {@code $2b$}, {@code $2y$}) or a PHC PBKDF2 string (see {@link KeycloakPassword} for
 * Keycloak's credentials). The connector verifies the hash as it is until the user's first login rehashes it.
 *
 * @param email may be null
 * @param roles may be empty
 */
public record ImportedAccount(TenantId tenant, String username, String email, String passwordHash,
                              Set<String> roles) {
    public ImportedAccount {
        Objects.requireNonNull(tenant, "tenant");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "ImportedAccount[" + tenant + "/" + username + "]";
    }
}
