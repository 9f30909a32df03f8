package org.authgate.core.login;

import java.time.Instant;
import java.util.Optional;
import org.authgate.core.identity.Identity;
import org.authgate.core.session.IssuedSession;

/** What a login attempt ended in, as a dialect may show it. */
public sealed interface LoginOutcome {

    record LoggedIn(IssuedSession issued, Identity identity) implements LoginOutcome {
    }

    /**
     * The password was right and a second factor is needed: present {@code challenge} with the code
     * to {@link LoginService#completeSecondFactor}, or log in again with the code.
     */
    record SecondFactorPending(String challenge, Instant expiresAt, Identity identity) implements LoginOutcome {
        @Override
        public String toString() {
            return "SecondFactorPending[" + identity.subject() + "]";
        }
    }

    /**
     * @param identity present only for refusals that follow a right password ({@link Refusal#BANNED},
     *                 {@link Refusal#DISABLED}, ...), never for {@link Refusal#INVALID_CREDENTIALS}
     */
    record Refused(Refusal refusal, Optional<Identity> identity) implements LoginOutcome {
    }

    /**
     * The public reasons. Unknown user, wrong password, lockout and a broken backend all read
     * {@code INVALID_CREDENTIALS}: nobody outside can tell them apart.
     */
    enum Refusal { INVALID_CREDENTIALS, INVALID_SECOND_FACTOR, BANNED, DISABLED, PASSWORD_EXPIRED }
}
