package org.authgate.web.dialect.wazo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.RefreshToken;
import org.authgate.core.session.RefreshTokenStore;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionPolicy;
import org.authgate.core.session.SessionMechanics;
import org.authgate.core.session.SessionVerification;
import org.authgate.core.session.SessionState;
import org.authgate.core.session.SessionStore;
import org.authgate.core.session.TokenIssuer;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.core.token.TokenGenerator;
import org.authgate.core.token.TokenHash;
import org.authgate.web.metrics.Metrics;
import org.authgate.web.usecase.CallerSession;
import org.authgate.web.usecase.Transactions;
import org.authgate.web.usecase.UnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * A protected Wazo call with an expired token is refused, and the expiry its check found stays recorded: the refusal
 * is thrown after the unit of work committed. (WazoCaller threw inside the unit, which rolled the expiry back, so
 * every later check found the same session to end again.) No container: a transaction fake keeps a unit's writes
 * only when the unit returns, as a commit would, and drops them when it throws, as a rollback would.
 */
class WazoExpiredTokenTest {
    private static final String TOKEN = "expired-opaque-token";
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    /** Writes of the running unit, and those of the units that committed. */
    static final class CommittingTransactions extends Transactions {
        final List<String> pending = new ArrayList<>();
        final List<String> committed = new ArrayList<>();

        @Override
        public <T> T inNewTransaction(Supplier<T> work) {
            pending.clear();
            try {
                T result = work.get();
                committed.addAll(pending);
                return result;
            } finally {
                pending.clear();
            }
        }
    }

    @Test
    void anExpiredTokenIsRefusedAfterItsExpiryCommitted() throws Exception {
        CommittingTransactions tx = new CommittingTransactions();
        WazoConfdResource confd = resourceOver(tx);

        assertThatThrownBy(() -> confd.infos(TOKEN)).isInstanceOfSatisfying(WazoRefusal.class, refusal -> {
            assertThat(refusal.status()).isEqualTo(401);
            assertThat(refusal.getMessage()).isEqualTo("Unauthorized");
        });
        assertThat(tx.committed).as("the session ended as expired, with its audit record, and committed")
                .containsExactly("session EXPIRED", "audit SESSION_EXPIRED");
    }

    @Test
    void aMissingTokenIsRefusedBeforeAnyUnitOfWork() throws Exception {
        CommittingTransactions tx = new CommittingTransactions();
        WazoConfdResource confd = resourceOver(tx);

        assertThatThrownBy(() -> confd.infos(" ")).isInstanceOf(WazoRefusal.class);
        assertThat(tx.committed).isEmpty();
    }

    /** Wazo's confd resource over the real use case and core service, with one session past its expiry. */
    private static WazoConfdResource resourceOver(CommittingTransactions tx) throws Exception {
        Session expired = Session.builder().id(SessionId.random()).tenant(TenantId.DEFAULT).connector(ConnectorId.LOCAL)
                .subject(SubjectId.random()).username("alice").roles(Set.of()).dialect(WazoAccess.WAZO)
                .client(ClientInfo.NONE).tokenFormat(AccessTokenFormat.OPAQUE).accessTokenHash(TokenHash.of(TOKEN))
                .createdAt(NOW.minus(Duration.ofHours(2))).expiresAt(NOW.minus(Duration.ofHours(1)))
                .refreshableUntil(NOW.minus(Duration.ofHours(1))).lastSeenAt(NOW.minus(Duration.ofMinutes(61)))
                .lifetime(Duration.ofHours(1)).refreshable(false).state(SessionState.ACTIVE).build();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SessionPolicy policy = new SessionPolicy(Duration.ofHours(1), Duration.ofDays(1), Duration.ofHours(8),
                Duration.ofDays(30), Duration.ofDays(90), Duration.ofMinutes(5), Duration.ofSeconds(1),
                Duration.ofMinutes(1), AccessTokenFormat.OPAQUE);
        SessionVerification sessions = new SessionVerification(new SessionMechanics(
                new OneSessionStore(expired, tx.pending), new NoRefreshTokens(), new TokenIssuer(new TokenGenerator(), null),
                new AuditTrail(record -> tx.pending.add("audit " + record.event()), clock), null, policy, clock));

        UnitOfWork work = new UnitOfWork();
        set(work, "tx", tx);
        CallerSession callers = new CallerSession();
        set(callers, "work", work);
        set(callers, "sessions", sessions);
        set(callers, "metrics", new Metrics());
        WazoConfdResource confd = new WazoConfdResource();
        confd.callers = callers;
        confd.access = new WazoAccess();
        return confd;
    }

    /** The use cases' fields are theirs (package-private in web.usecase): set as CDI would. */
    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    /** A store holding one session; a change is a write of the running unit. */
    private record OneSessionStore(Session session, List<String> writes) implements SessionStore {
        @Override
        public Optional<Session> findByAccessTokenHash(TokenHash hash) {
            return hash.matches(session.accessTokenHash()) ? Optional.of(session) : Optional.empty();
        }

        @Override
        public void update(Session changed) {
            writes.add("session " + changed.state());
        }

        @Override
        public void touch(Session seen) {
            writes.add("touch");
        }

        @Override
        public void insert(Session added) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Session> findById(SessionId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Session> findLiveBySubject(SubjectId subject) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Session> findDue(Instant now, Instant idleBefore, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class NoRefreshTokens implements RefreshTokenStore {
        @Override
        public void insert(RefreshToken token) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void update(RefreshToken token) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<RefreshToken> findByHash(TokenHash hash) {
            return Optional.empty();
        }

        @Override
        public int revokeAllOf(SessionId session, Instant now) {
            return 0;
        }
    }
}
