package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.authgate.connectors.local.AccountAdministration;
import org.authgate.connectors.local.TotpEnrollment;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountStore;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditFilter;
import org.authgate.core.audit.AuditQuery;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionFilter;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionQuery;
import org.authgate.core.session.SessionService;
import org.authgate.core.session.SessionState;
import org.authgate.web.core.CoreSettings;
import org.authgate.web.core.Gateway;

/**
 * What the console's pages may do, each in one Gateway transaction, answered as DTOs (records made for
 * the pages) so that no domain object or entity reaches a view. Counts stop at {@link #COUNT_CAP}: a
 * page never counts a whole table.
 */
@ApplicationScoped
public class ConsoleFacade {
    public static final long COUNT_CAP = 10_000;

    @Inject
    Gateway gateway;

    @Inject
    SessionQuery sessionQuery;

    @Inject
    AuditQuery auditQuery;

    @Inject
    SessionService sessions;

    @Inject
    AccountStore accountStore;

    @Inject
    AccountAdministration accounts;

    @Inject
    TotpEnrollment totp;

    @Inject
    CoreSettings settings;

    @Inject
    Clock clock;

    /** A count that may have stopped at the cap ({@code capped}: there are at least that many). */
    public record Count(long value, boolean capped) {
        @Override
        public String toString() {
            return capped ? value + "+" : Long.toString(value);
        }
    }

    public record DialectCounts(String dialect, long logins, long failures) {
    }

    public record Dashboard(Count activeSessions, Count loginsLastHour, Count failuresLastHour, Count loginsLastDay,
                            Count failuresLastDay, Count lockoutsLastDay, List<DialectCounts> byDialect, Instant at) {
    }

    public record SessionRow(String id, String tenant, String username, String connector, String dialect,
                             String clientId, String remoteAddress, String state, String endReason, Instant createdAt,
                             Instant expiresAt, Instant lastSeenAt) {
        static SessionRow of(Session s) {
            return new SessionRow(s.id().toString(), s.tenant().value(), s.username(), s.connector().value(),
                    s.dialect().value(), s.client().clientId(), s.client().remoteAddress(), s.state().name(),
                    s.endReason() == null ? null : s.endReason().name(), s.createdAt(), s.expiresAt(),
                    s.lastSeenAt());
        }

        public boolean isLive() {
            return SessionState.ACTIVE.name().equals(state) || SessionState.PENDING_SECOND_FACTOR.name().equals(state);
        }
    }

    /** The sessions page's filters; blank means any. */
    public record SessionCriteria(String username, String dialect, String state, String clientId) {
    }

    public record AuditRow(String id, Instant at, String event, String outcome, String tenant, String connector,
                           String dialect, String username, String sessionId, String remoteAddress, String reason,
                           String actor, String target) {
        static AuditRow of(AuditRecord r) {
            return new AuditRow(r.id().toString(), r.at(), r.event().name(), r.outcome().name(),
                    r.tenant() == null ? null : r.tenant().value(),
                    r.connector() == null ? null : r.connector().value(), r.dialect().value(), r.username(),
                    r.session() == null ? null : r.session().toString(), r.client().remoteAddress(), r.reason(),
                    r.actor(), r.target());
        }
    }

    /** The audit page's filters; blank means any. */
    public record AuditCriteria(String event, String outcome, String username, String actor, String dialect,
                                Instant from, Instant to) {
    }

    /** Never the password hash or the TOTP secret. */
    public record AccountRow(String id, String tenant, String username, String email, Set<String> roles,
                             boolean disabled, boolean banned, String banReason, boolean totpEnabled,
                             Instant createdAt) {
        static AccountRow of(Account a) {
            return new AccountRow(a.id().toString(), a.tenant().value(), a.username(), a.email(), a.roles(),
                    a.disabled(), a.banned(), a.banReason(), a.totpEnabled(), a.createdAt());
        }

        public String rolesText() {
            return String.join(", ", roles);
        }
    }

    /** A TOTP enrolment waiting for its first code: the secret is shown to the administrator once. */
    public record TotpSetup(String accountId, String username, String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "TotpSetup[" + username + "]";
        }
    }

    public Dashboard dashboard() {
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        Instant dayAgo = now.minus(Duration.ofDays(1));
        return gateway.run(() -> {
            Count active = count(sessionQuery.count(new SessionFilter(null, null, null, null, null, null,
                    SessionState.ACTIVE, null, null), COUNT_CAP));
            Map<Dialect, Long> logins = auditQuery.countByDialect(AuditEvent.LOGIN_SUCCEEDED, dayAgo);
            Map<Dialect, Long> failures = auditQuery.countByDialect(AuditEvent.LOGIN_FAILED, dayAgo);
            Set<Dialect> dialects = new LinkedHashSet<>(logins.keySet());
            dialects.addAll(failures.keySet());
            Map<String, DialectCounts> rows = new TreeMap<>();
            for (Dialect d : dialects) {
                rows.put(d.value(), new DialectCounts(d.value(), logins.getOrDefault(d, 0L), failures.getOrDefault(d, 0L)));
            }
            return new Dashboard(active,
                    count(auditQuery.count(events(AuditEvent.LOGIN_SUCCEEDED, hourAgo), COUNT_CAP)),
                    count(auditQuery.count(events(AuditEvent.LOGIN_FAILED, hourAgo), COUNT_CAP)),
                    count(auditQuery.count(events(AuditEvent.LOGIN_SUCCEEDED, dayAgo), COUNT_CAP)),
                    count(auditQuery.count(events(AuditEvent.LOGIN_FAILED, dayAgo), COUNT_CAP)),
                    count(auditQuery.count(events(AuditEvent.LOCKED_OUT, dayAgo), COUNT_CAP)),
                    List.copyOf(rows.values()), now);
        });
    }

    public List<SessionRow> sessions(SessionCriteria criteria, int offset, int limit) {
        SessionFilter filter = filter(criteria);
        return gateway.run(() -> sessionQuery.search(filter, offset, limit)).stream().map(SessionRow::of).toList();
    }

    public Count countSessions(SessionCriteria criteria) {
        SessionFilter filter = filter(criteria);
        return count(gateway.run(() -> sessionQuery.count(filter, COUNT_CAP)));
    }

    /** @return false when the session was not live any more */
    public boolean revokeSession(String sessionId, String actor, ClientInfo client) {
        return gateway.revoke(SessionId.parse(sessionId), actor, client, Dialect.ADMIN);
    }

    public List<AuditRow> audit(AuditCriteria criteria, int offset, int limit) {
        AuditFilter filter = filter(criteria);
        return gateway.run(() -> auditQuery.search(filter, offset, limit)).stream().map(AuditRow::of).toList();
    }

    public Count countAudit(AuditCriteria criteria) {
        AuditFilter filter = filter(criteria);
        return count(gateway.run(() -> auditQuery.count(filter, COUNT_CAP)));
    }

    public List<AccountRow> accounts(String query, int offset, int limit) {
        return gateway.run(() -> accountStore.list(TenantId.DEFAULT, blankToNull(query), offset, limit)).stream()
                .map(AccountRow::of).toList();
    }

    public AccountRow createAccount(String actor, String username, String password, String email, boolean admin) {
        Set<String> roles = admin ? Set.of(settings.adminRole()) : Set.of();
        AccountAdministration.NewAccount request = new AccountAdministration.NewAccount(TenantId.DEFAULT, username,
                password, blankToNull(email), false, null, null, roles, Map.of(), false);
        return AccountRow.of(gateway.run(() -> accounts.create(actor, request)));
    }

    /** Bans the account and ends its sessions in the same transaction, as the admin API does. */
    public AccountRow ban(String actor, String accountId, String reason, ClientInfo client) {
        SubjectId subject = SubjectId.parse(accountId);
        return AccountRow.of(gateway.run(() -> {
            Account banned = accounts.ban(actor, subject, reason);
            sessions.endAllOf(subject, null, EndReason.ADMIN_REVOKE, client, Dialect.ADMIN, actor);
            return banned;
        }));
    }

    public AccountRow unban(String actor, String accountId) {
        SubjectId subject = SubjectId.parse(accountId);
        return AccountRow.of(gateway.run(() -> accounts.unban(actor, subject)));
    }

    public TotpSetup beginTotp(String accountId) {
        SubjectId subject = SubjectId.parse(accountId);
        return gateway.run(() -> {
            TotpEnrollment.Pending pending = totp.begin(subject);
            String username = accountStore.findById(subject).map(Account::username).orElse("");
            return new TotpSetup(accountId, username, pending.secret(), pending.otpauthUri());
        });
    }

    /** @return false for a wrong code */
    public boolean confirmTotp(String accountId, String code, ClientInfo client) {
        SubjectId subject = SubjectId.parse(accountId);
        return gateway.run(() -> totp.confirm(subject, code, Dialect.ADMIN, client));
    }

    public AccountRow resetTotp(String actor, String accountId) {
        SubjectId subject = SubjectId.parse(accountId);
        return AccountRow.of(gateway.run(() -> totp.reset(actor, subject)));
    }

    private static AuditFilter events(AuditEvent event, Instant from) {
        return new AuditFilter(from, null, event, null, null, null, null, null, null, null, null);
    }

    private static Count count(long counted) {
        return new Count(Math.min(counted, COUNT_CAP), counted > COUNT_CAP);
    }

    private static SessionFilter filter(SessionCriteria c) {
        return new SessionFilter(null, null, blankToNull(c.username()), null,
                blankToNull(c.dialect()) == null ? null : new Dialect(c.dialect().strip()),
                blankToNull(c.clientId()),
                blankToNull(c.state()) == null ? null : SessionState.valueOf(c.state()), null, null);
    }

    private static AuditFilter filter(AuditCriteria c) {
        return new AuditFilter(c.from(), c.to(),
                blankToNull(c.event()) == null ? null : AuditEvent.valueOf(c.event()),
                blankToNull(c.outcome()) == null ? null : Outcome.valueOf(c.outcome()),
                blankToNull(c.username()), null, null, null,
                blankToNull(c.dialect()) == null ? null : new Dialect(c.dialect().strip()), null,
                blankToNull(c.actor()));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
