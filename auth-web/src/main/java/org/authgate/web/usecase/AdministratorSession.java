package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.authgate.core.identity.Identity;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.IdentifiedVerification;
import org.authgate.core.session.Session;
import org.authgate.web.core.AdminSecondFactor;
import org.authgate.web.core.CoreSettings;

/**
 * "Is this caller an administrator now?", the one rule behind the admin API and the console: a valid session whose
 * owner, as they are now (not as the session's copy of the login's roles), holds the admin role and is not banned,
 * and has the second factor administrators need ({@link AdminSecondFactor}). A demotion, a ban or a removed factor
 * bites at the next request. It costs nothing more than a token check on a node that remembers the session and its
 * owner ({@link CallerSession#verifyWithIdentity}): every node forgets them when the account changes.
 */
@ApplicationScoped
public class AdministratorSession {

    @Inject
    CallerSession callers;

    @Inject
    CoreSettings settings;

    @Inject
    AdminSecondFactor secondFactor;

    /** Why a caller is not let in as an administrator, in the order it is checked. */
    public enum Refusal {
        /** malformed, forged, never issued, ended or expired */
        INVALID,
        /** banned, or without the admin role */
        NOT_ADMINISTRATOR,
        /** checked last, so that only an administrator learns that a factor is missing */
        NO_SECOND_FACTOR
    }

    /** The verdict: the caller's session and owner when admitted, otherwise the refusal (and the owner if known). */
    public record Verdict(Optional<IdentifiedVerification.Valid> verified, Refusal refusal) {

        public boolean admitted() {
            return refusal == null;
        }

        public Session session() {
            return verified.orElseThrow().session();
        }

        public Identity owner() {
            return verified.orElseThrow().identity();
        }
    }

    public Verdict check(String accessToken, Dialect dialect) {
        Optional<IdentifiedVerification.Valid> verified = callers.verifyWithIdentity(accessToken, dialect);
        if (verified.isEmpty()) {
            return new Verdict(verified, Refusal.INVALID);
        }
        Identity owner = verified.get().identity();
        if (owner.banned() || !owner.hasRole(settings.adminRole())) {
            return new Verdict(verified, Refusal.NOT_ADMINISTRATOR);
        }
        Session session = verified.get().session();
        if (!secondFactor.satisfiedBy(session.connector(), session.subject())) {
            return new Verdict(verified, Refusal.NO_SECOND_FACTOR);
        }
        return new Verdict(verified, null);
    }
}
