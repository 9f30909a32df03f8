package org.authgate.core.connector;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.authgate.core.InvalidRequest;
import org.authgate.core.identity.TenantId;

/**
 * What a client presented. {@link #toString()} never shows a secret, so a credentials object may be
 * logged by accident without leaking anything.
 *
 * @param login            username or email
 * @param secondFactorCode a TOTP code when the client already has one (Azuriom sends it with the password)
 * @param newPassword      set when the client changes an expired password while logging in
 * @param fields           other form fields a connector asked for in its {@link LoginForm}
 */
public record Credentials(
        TenantId tenant,
        String login,
        String password,
        String secondFactorCode,
        String newPassword,
        Map<String, String> fields) {

    public Credentials {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
        // No backend takes a NUL in a name (PostgreSQL refuses it in text, an LDAP filter would need it escaped):
        // refused as a bad request before it reaches a throttle key, an audit record or a connector.
        if (login.indexOf('\0') >= 0) {
            throw new InvalidRequest(InvalidRequest.Kind.INVALID_ARGUMENT, "the login contains a NUL character");
        }
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public static Credentials of(TenantId tenant, String login, String password) {
        return new Credentials(tenant, login, password, null, null, Map.of());
    }

    public Credentials withSecondFactorCode(String code) {
        return new Credentials(tenant, login, password, code, newPassword, fields);
    }

    public Optional<String> code() {
        return Optional.ofNullable(secondFactorCode).filter(c -> !c.isBlank());
    }

    @Override
    public String toString() {
        return "Credentials[tenant=" + tenant + ", login=" + login + ", password=***]";
    }
}
