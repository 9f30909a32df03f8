package org.authgate.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.core.token.TokenHash;
import org.junit.jupiter.api.Test;

/** The builder replaced 22 positional arguments: each value must land in its own field. */
class SessionBuilderTest {
    private static final Instant T = Instant.parse("2025-03-01T09:00:00Z");

    /** Every field set to a value no other field holds, so that two swapped fields would show. */
    private static Session everyFieldDistinct() {
        return Session.builder().id(SessionId.random()).tenant(new TenantId("acme"))
                .connector(new ConnectorId("directory")).subject(SubjectId.random()).username("alice")
                .roles(Set.of("user")).dialect(Dialect.NATIVE)
                .client(ClientInfo.of("web-app", "203.0.113.7", "JUnit/5", "laptop")).tokenFormat(AccessTokenFormat.JWT)
                .accessTokenHash(new TokenHash("a".repeat(64)))
                .previousAccessToken(new TokenHash("b".repeat(64)), T.plusSeconds(1))
                .createdAt(T).expiresAt(T.plusSeconds(2)).refreshableUntil(T.plusSeconds(3)).lastSeenAt(T.plusSeconds(4))
                .lifetime(Duration.ofSeconds(5)).refreshable(true).state(SessionState.REVOKED)
                .ended(EndReason.ADMIN_REVOKE, T.plusSeconds(6)).version(7).build();
    }

    @Test
    void eachValueLandsInItsField() {
        Session s = everyFieldDistinct();

        assertThat(s.username()).isEqualTo("alice");
        assertThat(s.tokenFormat()).isEqualTo(AccessTokenFormat.JWT);
        assertThat(s.accessTokenHash()).isEqualTo(new TokenHash("a".repeat(64)));
        assertThat(s.previousAccessTokenHash()).isEqualTo(new TokenHash("b".repeat(64)));
        assertThat(s.previousAccessTokenValidUntil()).isEqualTo(T.plusSeconds(1));
        assertThat(s.createdAt()).isEqualTo(T);
        assertThat(s.expiresAt()).isEqualTo(T.plusSeconds(2));
        assertThat(s.refreshableUntil()).isEqualTo(T.plusSeconds(3));
        assertThat(s.lastSeenAt()).isEqualTo(T.plusSeconds(4));
        assertThat(s.lifetime()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.refreshable()).isTrue();
        assertThat(s.state()).isEqualTo(SessionState.REVOKED);
        assertThat(s.endReason()).isEqualTo(EndReason.ADMIN_REVOKE);
        assertThat(s.endedAt()).isEqualTo(T.plusSeconds(6));
        assertThat(s.version()).isEqualTo(7);
    }

    @Test
    void toBuilderCopiesEveryField() {
        Session s = everyFieldDistinct();

        assertThat(s.toBuilder().build()).isEqualTo(s);
        assertThat(s.toBuilder().version(8).build()).isEqualTo(new Session(s.id(), s.tenant(), s.connector(),
                s.subject(), s.username(), s.roles(), s.dialect(), s.client(), s.tokenFormat(), s.accessTokenHash(),
                s.previousAccessTokenHash(), s.previousAccessTokenValidUntil(), s.createdAt(), s.expiresAt(),
                s.refreshableUntil(), s.lastSeenAt(), s.lifetime(), s.refreshable(), s.state(), s.endReason(),
                s.endedAt(), 8));
    }
}
