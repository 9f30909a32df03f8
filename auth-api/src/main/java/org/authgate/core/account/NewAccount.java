package org.authgate.core.account;

import java.util.Map;
import java.util.Set;
import org.authgate.core.identity.TenantId;

/**
 * A new account, as an administrator (or the bootstrap) asks a connector to create it. {@code roles} and
 * {@code attributes} may be null (none).
 *
 * @param password the initial password, checked against the connector's password policy
 */
public record NewAccount(
        TenantId tenant,
        String username,
        String password,
        String email,
        EmailStatus emailStatus,
        String firstName,
        String lastName,
        Set<String> roles,
        Map<String, String> attributes,
        NextLogin nextLogin) {

    /** Whether an administrator vouches for the address. */
    public enum EmailStatus {
        VERIFIED,
        UNVERIFIED;

        public static EmailStatus verifiedIf(boolean verified) {
            return verified ? VERIFIED : UNVERIFIED;
        }
    }

    @Override
    public String toString() {
        return "NewAccount[" + tenant + ", " + username + ", password=***]";
    }
}
