package org.authgate.persistence.session;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionState;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.core.token.TokenHash;

/** Session value <-> entity. The version is never copied in: Hibernate owns it. */
final class SessionMapping {
    private SessionMapping() {
    }

    static Session toDomain(SessionEntity e) {
        return Session.builder().id(new SessionId(e.id)).tenant(new TenantId(e.tenant))
                .connector(new ConnectorId(e.connector)).subject(new SubjectId(e.subject)).username(e.username)
                .roles(splitRoles(e.roles)).dialect(new Dialect(e.dialect))
                .client(new ClientInfo(e.clientId, e.remoteAddress, e.userAgent, e.deviceInfo))
                .tokenFormat(AccessTokenFormat.valueOf(e.tokenFormat)).accessTokenHash(new TokenHash(e.accessTokenHash))
                .previousAccessToken(
                        e.previousAccessTokenHash == null ? null : new TokenHash(e.previousAccessTokenHash),
                        e.previousValidUntil)
                .createdAt(e.createdAt).expiresAt(e.expiresAt).refreshableUntil(e.refreshableUntil)
                .lastSeenAt(e.lastSeenAt).lifetime(Duration.ofSeconds(e.lifetimeSeconds)).refreshable(e.refreshable)
                .state(SessionState.valueOf(e.state))
                .ended(e.endReason == null ? null : EndReason.valueOf(e.endReason), e.endedAt).version(e.version)
                .build();
    }

    static void copy(Session s, SessionEntity e) {
        e.id = s.id().value();
        e.tenant = s.tenant().value();
        e.connector = s.connector().value();
        e.subject = s.subject().value();
        e.username = s.username();
        e.roles = s.roles().isEmpty() ? null : s.roles().stream().sorted().collect(Collectors.joining(","));
        e.dialect = s.dialect().value();
        e.clientId = s.client().clientId();
        e.remoteAddress = s.client().remoteAddress();
        e.userAgent = s.client().userAgent();
        e.deviceInfo = s.client().deviceInfo();
        e.tokenFormat = s.tokenFormat().name();
        e.accessTokenHash = s.accessTokenHash().hex();
        e.previousAccessTokenHash = s.previousAccessTokenHash() == null ? null : s.previousAccessTokenHash().hex();
        e.previousValidUntil = s.previousAccessTokenValidUntil();
        e.createdAt = s.createdAt();
        e.expiresAt = s.expiresAt();
        e.refreshableUntil = s.refreshableUntil();
        e.lastSeenAt = s.lastSeenAt();
        e.lifetimeSeconds = s.lifetime().toSeconds();
        e.refreshable = s.refreshable();
        e.state = s.state().name();
        e.endReason = s.endReason() == null ? null : s.endReason().name();
        e.endedAt = s.endedAt();
    }

    private static Set<String> splitRoles(String roles) {
        if (roles == null || roles.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(roles.split(",")).collect(Collectors.toUnmodifiableSet());
    }
}
