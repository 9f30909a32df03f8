package org.authgate.web.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.authgate.core.Causes;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.login.LoginService;
import org.authgate.core.login.PasswordChangeService;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.IdentifiedVerification;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.RefreshOutcome;
import org.authgate.core.session.RefreshRequest;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionService;
import org.authgate.core.session.VerifiedSessions;
import org.authgate.core.session.VerifyOutcome;

/**
 * What every resource calls: each core use case in its own transaction, so the state change and its
 * audit record commit together or not at all. When two requests (or two nodes) race on the same row,
 * the loser's transaction rolls back on a version or key conflict and runs again from the start,
 * seeing the winner's result (a replayed refresh token then reads as reuse, as it should).
 */
@ApplicationScoped
public class Gateway {
    private static final Logger LOG = Logger.getLogger(Gateway.class.getName());
    /** Attempts of one unit of work in all; retries are cheap next to a 5xx. */
    static final int ATTEMPTS = 8;
    /** SQL states of a lost race: unique_violation, serialization_failure, deadlock_detected. */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01");

    @Inject
    Transactions tx;

    @Inject
    LoginService logins;

    @Inject
    SessionService sessions;

    @Inject
    PasswordChangeService passwords;

    @Inject
    VerifiedSessions verified;

    @Inject
    IdentifiedVerification identified;

    /**
     * A login. A connector with a remote backend is asked between two transactions: after a read of the lockout
     * (a locked login never reaches the backend) and before the unit of work that writes the outcome, so that a
     * slow or hanging backend holds neither a transaction nor a database connection while it is waited for.
     */
    public LoginOutcome login(LoginRequest request) {
        Optional<AuthenticationResult> answered = logins.asksAhead(request) && !run(() -> logins.isLockedOut(request))
                ? Optional.of(logins.askConnector(request)) : Optional.empty();
        return run(() -> logins.login(request, answered));
    }

    public LoginOutcome completeSecondFactor(String challenge, String code, ClientInfo client, Dialect dialect,
                                             Map<String, String> extraClaims) {
        return run(() -> logins.completeSecondFactor(challenge, code, client, dialect, extraClaims));
    }

    /**
     * A token check: from this node's memory when the remembered session is valid and nothing is due to be
     * written (no transaction, no database), otherwise in a transaction, remembering what it found valid.
     */
    public VerifyOutcome verify(String accessToken, Dialect dialect) {
        Optional<VerifiedSessions.Hit> remembered = rememberedValid(accessToken, false);
        if (remembered.isPresent()) {
            return new VerifyOutcome.Valid(remembered.get().session(), remembered.get().presented());
        }
        long generation = verified.generation();
        VerifyOutcome outcome = run(() -> sessions.verify(accessToken, dialect));
        if (outcome instanceof VerifyOutcome.Valid valid) {
            verified.remember(accessToken, valid, null, generation);
        }
        return outcome;
    }

    public RefreshOutcome refresh(String refreshToken, RefreshRequest request) {
        return run(() -> sessions.refresh(refreshToken, request));
    }

    public boolean logout(String accessToken, ClientInfo client, Dialect dialect) {
        return run(() -> sessions.logout(accessToken, client, dialect));
    }

    public boolean logoutByRefreshToken(String refreshToken, ClientInfo client, Dialect dialect) {
        return run(() -> sessions.logoutByRefreshToken(refreshToken, client, dialect));
    }

    public int endAllOf(SubjectId subject, SessionId keep, EndReason reason, ClientInfo client, Dialect dialect,
                        String actor) {
        return run(() -> sessions.endAllOf(subject, keep, reason, client, dialect, actor));
    }

    public boolean revoke(SessionId id, String actor, ClientInfo client, Dialect dialect) {
        return run(() -> sessions.revoke(id, actor, client, dialect));
    }

    public PasswordChangeService.Result changePassword(Session session, String former, String replacement,
                                                       boolean endOthers, ClientInfo client, Dialect dialect) {
        return run(() -> passwords.change(session, former, replacement, endOthers, client, dialect));
    }

    public Optional<Session> findSession(SessionId id) {
        return run(() -> sessions.find(id));
    }

    /**
     * A token check that also answers the session's current identity, from memory like {@link #verify} when
     * both are remembered, otherwise in one transaction: the native session read needs both, and a second
     * transaction would add a connection checkout and a commit to every check.
     */
    public Optional<IdentifiedVerification.Valid> verifyWithIdentity(String accessToken, Dialect dialect) {
        Optional<VerifiedSessions.Hit> remembered = rememberedValid(accessToken, true);
        if (remembered.isPresent()) {
            return Optional.of(new IdentifiedVerification.Valid(remembered.get().session(),
                    remembered.get().identity(), remembered.get().presented()));
        }
        long generation = verified.generation();
        Optional<Identified> found = run(() -> sessions.verify(accessToken, dialect) instanceof VerifyOutcome.Valid valid
                ? Optional.of(new Identified(valid, sessions.identityOf(valid.session())))
                : Optional.empty());
        found.ifPresent(f -> verified.remember(accessToken, f.valid(), f.identity(), generation));
        return found.map(f -> new IdentifiedVerification.Valid(f.valid().session(), f.identity(),
                f.valid().presented()));
    }

    /**
     * A token check that tells a banned user apart ({@link IdentifiedVerification}, Azuriom's {@code /verify}),
     * from memory like {@link #verify} when the session and its identity are remembered: a ban ends the user's
     * sessions and changes the account, and both are forgotten on every node as they commit.
     */
    public IdentifiedVerification.Result verifyIdentified(String accessToken, Dialect dialect) {
        Optional<VerifiedSessions.Hit> remembered = rememberedValid(accessToken, true);
        if (remembered.isPresent()) {
            VerifiedSessions.Hit hit = remembered.get();
            return hit.identity().banned() ? new IdentifiedVerification.Banned(hit.identity())
                    : new IdentifiedVerification.Valid(hit.session(), hit.identity(), hit.presented());
        }
        long generation = verified.generation();
        IdentifiedVerification.Result result = run(() -> identified.verify(accessToken, dialect));
        if (result instanceof IdentifiedVerification.Valid valid) {
            verified.remember(accessToken, new VerifyOutcome.Valid(valid.session(), valid.presented()),
                    valid.identity(), generation);
        }
        return result;
    }

    private record Identified(VerifyOutcome.Valid valid, Identity identity) {
    }

    /** What this node remembers of the token, if it answers valid without anything to write. */
    private Optional<VerifiedSessions.Hit> rememberedValid(String accessToken, boolean withIdentity) {
        return verified.find(accessToken).filter(h -> !withIdentity || h.identity() != null)
                .filter(h -> sessions.validWithoutWriting(h.session(), h.presented()).isPresent());
    }

    /**
     * Runs any unit of work with the same transaction and retry rules. A write conflict, found at flush or only at
     * commit, runs the whole unit again (it then reads the winner's state), at most {@link #ATTEMPTS} times in all,
     * each retry after a short random pause so that the losers of one race do not collide again in step. When the
     * last attempt conflicts too, the caller gets {@link WriteContention}: a defined refusal, never an incident.
     * Anything else is thrown as it came.
     */
    public <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.inNewTransaction(work);
            } catch (Exception e) {
                // Exception, not RuntimeException: a commit that fails throws JTA's checked RollbackException through
                // the transaction interceptor, undeclared.
                if (!isConflict(e)) {
                    throw Gateway.<RuntimeException>rethrow(e);
                }
                if (attempt >= ATTEMPTS) {
                    throw new WriteContention(attempt, e);
                }
                int failed = attempt;
                LOG.fine(() -> "write conflict, retrying after attempt " + failed);
                pause(attempt);
            }
        }
    }

    /**
     * A random pause before retry {@code attempt + 1}: up to 1, 2, 4 ... 32 ms (about 60 ms over all retries), so
     * that the losers of one race spread out instead of meeting again; short next to any request's own time.
     */
    void pause(int attempt) {
        long bound = 1L << Math.min(attempt, 5);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E rethrow(Throwable e) throws E {
        throw (E) e;
    }

    /**
     * A lost race on one row, whenever it is found: an optimistic-lock failure (JPA's, or Hibernate's own names for
     * it), or the database refusing the statement or the commit for a duplicate key (23505), a serialization
     * failure (40001) or a deadlock (40P01). At commit the cause comes wrapped: JTA's {@code RollbackException}
     * carries the flush's failure as its cause or as a suppressed exception, and the transaction interceptor may
     * wrap that again, so everything that led to the failure is searched ({@link Causes}).
     */
    static boolean isConflict(Throwable e) {
        return Causes.anyMatch(e, Gateway::isLostRace);
    }

    private static boolean isLostRace(Throwable t) {
        String name = t.getClass().getName();
        if (name.endsWith("OptimisticLockException") || name.endsWith("StaleStateException")
                || name.endsWith("StaleObjectStateException")) {
            return true;
        }
        // A connection failure often carries no SQLState at all (and Set.of refuses to look up null).
        return t instanceof SQLException sql && sql.getSQLState() != null && CONFLICT_STATES.contains(sql.getSQLState());
    }
}
