package org.authgate.core.testing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.identity.TenantId;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.TokenGrant;
import org.authgate.core.token.AccessTokenFormat;

/** A {@link LoginRequest} under construction, with the fixture's defaults: {@code f.attempt("alice", "pw").refreshable()}. */
public final class LoginAttempt {
    private final String login;
    private final String password;
    private ConnectorId connector = CoreFixture.LOCAL;
    private TenantId tenant = CoreFixture.TENANT;
    private ClientInfo client = CoreFixture.CLIENT;
    private Dialect dialect = CoreFixture.DIALECT;
    private Duration lifetime;
    private boolean refreshable;
    private AccessTokenFormat format;
    private String code;
    private final Map<String, String> extraClaims = new LinkedHashMap<>();

    LoginAttempt(String login, String password) {
        this.login = login;
        this.password = password;
    }

    public LoginAttempt via(ConnectorId id) {
        connector = id;
        return this;
    }

    public LoginAttempt tenant(TenantId id) {
        tenant = id;
        return this;
    }

    public LoginAttempt from(ClientInfo info) {
        client = info;
        return this;
    }

    /** Same client, another source address. */
    public LoginAttempt fromAddress(String remoteAddress) {
        client = ClientInfo.of(client.clientId(), remoteAddress, client.userAgent(), client.deviceInfo());
        return this;
    }

    public LoginAttempt dialect(Dialect d) {
        dialect = d;
        return this;
    }

    public LoginAttempt lifetime(Duration d) {
        lifetime = d;
        return this;
    }

    public LoginAttempt refreshable() {
        refreshable = true;
        return this;
    }

    public LoginAttempt format(AccessTokenFormat f) {
        format = f;
        return this;
    }

    public LoginAttempt code(String c) {
        code = c;
        return this;
    }

    public LoginAttempt claim(String name, String value) {
        extraClaims.put(name, value);
        return this;
    }

    public LoginRequest toRequest() {
        Credentials credentials = Credentials.of(tenant, login, password).withSecondFactorCode(code);
        return new LoginRequest(connector, credentials, client, dialect, lifetime,
                TokenGrant.refreshableIf(refreshable), format, extraClaims);
    }
}
