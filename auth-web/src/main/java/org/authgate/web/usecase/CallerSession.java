package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.authgate.core.identity.Identity;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.IdentifiedVerification;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionVerification;
import org.authgate.core.session.VerifiedSessions;
import org.authgate.core.session.VerifyOutcome;
import org.authgate.web.metrics.Metrics;
import org.authgate.web.metrics.Operation;
import org.authgate.web.metrics.Outcomes;

/**
 * "Who is calling?": the session behind a presented access token, and "verify, then act" for the calls that do
 * something on the caller's behalf. A plain check is answered from this node's memory when the remembered session is
 * valid and nothing is due to be written (no transaction, no database), otherwise in a unit of work that remembers
 * what it found valid.
 */
@ApplicationScoped
public class CallerSession {

    @Inject
    UnitOfWork work;

    @Inject
    SessionVerification sessions;

    @Inject
    VerifiedSessions verified;

    @Inject
    IdentifiedVerification identified;

    @Inject
    Metrics metrics;

    /** Why a caller was turned away by {@link #act} or {@link #actAsOwner}. */
    public enum Refusal {
        /** malformed, forged, never issued or ended */
        INVALID,
        EXPIRED,
        /** the owner is banned now */
        BANNED,
        /** valid, but the owner's current identity is not allowed this call */
        FORBIDDEN;

        static Refusal of(VerifyOutcome.Why why) {
            return why == VerifyOutcome.Why.EXPIRED ? EXPIRED : INVALID;
        }
    }

    /** A verified caller: its session, carrying the owner's current roles, and the owner's identity as it is now. */
    public record Owner(Session session, Identity identity) {
    }

    /** A plain token check (every dialect's; native bearer tokens and introspection). */
    public VerifyOutcome verify(String accessToken, Dialect dialect) {
        return metrics.timed(Operation.TOKEN_CHECK, dialect, () -> check(accessToken, dialect), Outcomes::check);
    }

    private VerifyOutcome check(String accessToken, Dialect dialect) {
        Optional<VerifiedSessions.Hit> remembered = rememberedValid(accessToken, false);
        if (remembered.isPresent()) {
            return new VerifyOutcome.Valid(remembered.get().session(), remembered.get().presented());
        }
        long generation = verified.generation();
        VerifyOutcome outcome = work.run(() -> sessions.verify(accessToken, dialect));
        if (outcome instanceof VerifyOutcome.Valid valid) {
            verified.remember(accessToken, valid, null, generation);
        }
        return outcome;
    }

    /**
     * A token check that also answers the session's current identity, from memory like {@link #verify} when both are
     * remembered, otherwise in one unit of work: a second would add a connection checkout and a commit to every check.
     */
    public Optional<IdentifiedVerification.Valid> verifyWithIdentity(String accessToken, Dialect dialect) {
        return metrics.timed(Operation.TOKEN_CHECK, dialect, () -> checkWithIdentity(accessToken, dialect),
                valid -> valid.isPresent() ? "valid" : "invalid");
    }

    private Optional<IdentifiedVerification.Valid> checkWithIdentity(String accessToken, Dialect dialect) {
        Optional<VerifiedSessions.Hit> remembered = rememberedValid(accessToken, true);
        if (remembered.isPresent()) {
            return Optional.of(new IdentifiedVerification.Valid(remembered.get().session(),
                    remembered.get().identity(), remembered.get().presented()));
        }
        long generation = verified.generation();
        Optional<Identified> found = work.run(() -> sessions.verify(accessToken, dialect) instanceof VerifyOutcome.Valid v
                ? Optional.of(new Identified(v, sessions.identityOf(v.session())))
                : Optional.empty());
        found.ifPresent(f -> verified.remember(accessToken, f.valid(), f.identity(), generation));
        return found.map(f -> new IdentifiedVerification.Valid(f.valid().session(), f.identity(),
                f.valid().presented()));
    }

    /**
     * A token check that tells a banned user apart ({@link IdentifiedVerification}, Azuriom's {@code /verify}), from
     * memory like {@link #verify} when the session and its identity are remembered: a ban ends the user's sessions and
     * changes the account, and both are forgotten on every node as they commit.
     */
    public IdentifiedVerification.Result verifyIdentified(String accessToken, Dialect dialect) {
        return metrics.timed(Operation.TOKEN_CHECK, dialect, () -> checkIdentified(accessToken, dialect),
                Outcomes::check);
    }

    private IdentifiedVerification.Result checkIdentified(String accessToken, Dialect dialect) {
        Optional<VerifiedSessions.Hit> remembered = rememberedValid(accessToken, true);
        if (remembered.isPresent()) {
            VerifiedSessions.Hit hit = remembered.get();
            return hit.identity().banned() ? new IdentifiedVerification.Banned(hit.identity())
                    : new IdentifiedVerification.Valid(hit.session(), hit.identity(), hit.presented());
        }
        long generation = verified.generation();
        IdentifiedVerification.Result result = work.run(() -> identified.verify(accessToken, dialect));
        if (result instanceof IdentifiedVerification.Valid valid) {
            verified.remember(accessToken, new VerifyOutcome.Valid(valid.session(), valid.presented()),
                    valid.identity(), generation);
        }
        return result;
    }

    /**
     * Verifies the token and runs {@code action} on its session in the same unit of work. A refused token is not an
     * error inside the unit: the unit commits what the check found (an expiry it recorded stays recorded), and only
     * then is the refusal turned into the dialect's exception by {@code refuse}.
     */
    public <T> T act(String accessToken, Dialect dialect, Function<Session, T> action,
                     Function<Refusal, ? extends RuntimeException> refuse) {
        return onValid(accessToken, dialect, valid -> Acted.done(action.apply(valid.session())), refuse);
    }

    /**
     * Like {@link #act}, for calls that authorise from the owner's current identity rather than from the roles copied
     * into the session at login: a banned owner is refused, {@code allowed} decides on the owner's roles as they are
     * now, and the action sees the session with those roles.
     */
    public <T> T actAsOwner(String accessToken, Dialect dialect, Predicate<Owner> allowed, Function<Owner, T> action,
                            Function<Refusal, ? extends RuntimeException> refuse) {
        return onValid(accessToken, dialect, valid -> {
            Identity identity = sessions.identityOf(valid.session());
            if (identity.banned()) {
                return Acted.refused(Refusal.BANNED);
            }
            Owner owner = new Owner(valid.session().withRoles(identity.roles()), identity);
            return allowed.test(owner) ? Acted.done(action.apply(owner)) : Acted.refused(Refusal.FORBIDDEN);
        }, refuse);
    }

    /**
     * The unit of work of {@link #act} and {@link #actAsOwner}: the check, then {@code onValid} on a valid session in
     * the same unit; the check counted once the unit ended ({@link TimedCheck}), the refusal thrown after it.
     */
    private <T> T onValid(String accessToken, Dialect dialect, Function<VerifyOutcome.Valid, Acted<T>> onValid,
                          Function<Refusal, ? extends RuntimeException> refuse) {
        TimedCheck check = new TimedCheck();
        Acted<T> acted;
        try {
            acted = work.run(() -> {
                VerifyOutcome outcome = check.verify(() -> sessions.verify(accessToken, dialect));
                return outcome instanceof VerifyOutcome.Valid valid ? onValid.apply(valid)
                        : Acted.refused(Refusal.of(((VerifyOutcome.Invalid) outcome).why()));
            });
        } finally {
            check.count(metrics, dialect);
        }
        return acted.orElseThrow(refuse);
    }

    /** The answer of a unit that may refuse without rolling back. */
    private record Acted<T>(T value, Refusal refusal) {
        static <T> Acted<T> done(T value) {
            return new Acted<>(value, null);
        }

        static <T> Acted<T> refused(Refusal refusal) {
            return new Acted<>(null, refusal);
        }

        T orElseThrow(Function<Refusal, ? extends RuntimeException> refuse) {
            if (refusal != null) {
                throw refuse.apply(refusal);
            }
            return value;
        }
    }

    private record Identified(VerifyOutcome.Valid valid, Identity identity) {
    }

    /**
     * The token check inside {@link #act} / {@link #actAsOwner}, counted like a plain check (same histogram, dialect
     * and outcome) but only once per call, after the unit of work ended: a unit retried on a lost write race checks
     * again, and only its last check is the call's. Its time is the check's, not the action's.
     */
    private static final class TimedCheck {
        private String outcome;
        private long nanos;

        VerifyOutcome verify(Supplier<VerifyOutcome> check) {
            long start = System.nanoTime();
            try {
                VerifyOutcome answer = check.get();
                outcome = Outcomes.check(answer);
                return answer;
            } catch (RuntimeException | Error e) {
                outcome = Metrics.ERROR;
                throw e;
            } finally {
                nanos = System.nanoTime() - start;
            }
        }

        /** Nothing when the unit failed before it checked (no connection): no check happened. */
        void count(Metrics metrics, Dialect dialect) {
            if (outcome != null) {
                metrics.observe(Operation.TOKEN_CHECK, dialect, outcome, nanos);
            }
        }
    }

    /** What this node remembers of the token, if it answers valid without anything to write. */
    private Optional<VerifiedSessions.Hit> rememberedValid(String accessToken, boolean withIdentity) {
        Optional<VerifiedSessions.Hit> hit = verified.find(accessToken).filter(h -> !withIdentity || h.identity() != null)
                .filter(h -> sessions.validWithoutWriting(h.session(), h.presented()).isPresent());
        metrics.memory(hit.isPresent());
        return hit;
    }
}
