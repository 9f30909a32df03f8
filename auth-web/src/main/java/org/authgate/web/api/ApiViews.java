package org.authgate.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.identity.Identity;
import org.authgate.core.session.IssuedSession;
import org.authgate.core.session.Session;

/** Response bodies of the native API. Null fields are left out of the JSON. */
public final class ApiViews {
    private ApiViews() {
    }

    @JsonbPropertyOrder({"status", "sessionId", "tokenType", "accessToken", "expiresAt", "expiresIn", "refreshToken",
            "subject", "username", "tenant", "connector"})
    public record Tokens(String status, String sessionId, String tokenType, String accessToken, Instant expiresAt,
                         long expiresIn, String refreshToken, String subject, String username, String tenant,
                         String connector) {
        static Tokens of(IssuedSession issued, Instant now) {
            Session s = issued.session();
            return new Tokens("AUTHENTICATED", s.id().toString(), "Bearer", issued.accessToken(), s.expiresAt(),
                    Math.max(0, Duration.between(now, s.expiresAt()).toSeconds()), issued.refreshToken(),
                    s.subject().toString(), s.username(), s.tenant().value(), s.connector().value());
        }
    }

    public record Pending(String status, String challenge, Instant challengeExpiresAt) {
    }

    @JsonbPropertyOrder({"id", "state", "subject", "username", "tenant", "connector", "dialect", "roles"})
    public record SessionView(String id, String state, String subject, String username, String tenant,
                              String connector, String dialect, Set<String> roles, String clientId,
                              String remoteAddress, String userAgent, String deviceInfo, String tokenFormat,
                              Instant createdAt, Instant expiresAt, Instant lastSeenAt, boolean refreshable,
                              String endReason, Instant endedAt) {
        public static SessionView of(Session s) {
            return new SessionView(s.id().toString(), s.state().name(), s.subject().toString(), s.username(),
                    s.tenant().value(), s.connector().value(), s.dialect().value(), s.roles(), s.client().clientId(),
                    s.client().remoteAddress(), s.client().userAgent(), s.client().deviceInfo(),
                    s.tokenFormat().name(), s.createdAt(), s.expiresAt(), s.lastSeenAt(), s.refreshable(),
                    s.endReason() == null ? null : s.endReason().name(), s.endedAt());
        }
    }

    public record CurrentSession(SessionView session, IdentityView identity) {
    }

    public record IdentityView(String subject, String tenant, String connector, String username, String email,
                               boolean emailVerified, String firstName, String lastName, Set<String> roles,
                               boolean banned, Instant createdAt) {
        public static IdentityView of(Identity i) {
            return new IdentityView(i.subject().toString(), i.tenant().value(), i.connector().value(), i.username(),
                    i.email(), i.emailVerified(), i.firstName(), i.lastName(), i.roles(), i.banned(), i.createdAt());
        }
    }

    @JsonbPropertyOrder({"id", "at", "event", "outcome"})
    public record AuditView(String id, Instant at, String event, String outcome, String tenant, String connector,
                            String dialect, String subject, String username, String sessionId, String clientId,
                            String remoteAddress, String userAgent, String reason, String actor, String target) {
        public static AuditView of(AuditRecord r) {
            return new AuditView(r.id().toString(), r.at(), r.event().name(), r.outcome().name(),
                    r.tenant() == null ? null : r.tenant().value(),
                    r.connector() == null ? null : r.connector().value(), r.dialect().value(),
                    r.subject() == null ? null : r.subject().toString(), r.username(),
                    r.session() == null ? null : r.session().toString(), r.client().clientId(),
                    r.client().remoteAddress(), r.client().userAgent(), r.reason(), r.actor(), r.target());
        }
    }

    public record Page<T>(List<T> items, int offset, int limit, long total, boolean totalIsLowerBound) {
    }

    public record FormFieldView(String name, String type, boolean required, String label) {
    }

    public record ConnectorView(String id, List<FormFieldView> form) {
    }
}
