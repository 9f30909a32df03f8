package org.authgate.core.connector;

import java.util.Objects;
import java.util.Optional;
import org.authgate.core.identity.Identity;

/** What a connector answers: authenticated, second factor required, or rejected with a reason. */
public sealed interface AuthenticationResult {

    record Authenticated(Identity identity) implements AuthenticationResult {
        public Authenticated {
            Objects.requireNonNull(identity);
        }
    }

    /** The password was right; a second factor must complete the login. */
    record SecondFactorRequired(Identity identity) implements AuthenticationResult {
        public SecondFactorRequired {
            Objects.requireNonNull(identity);
        }
    }

    /**
     * @param identity known when the password was right but the account cannot log in (banned,
     *                 disabled...), so a dialect can show a ban reason; empty otherwise
     */
    record Rejected(RejectionReason reason, Optional<Identity> identity) implements AuthenticationResult {
        public Rejected {
            Objects.requireNonNull(reason);
            identity = identity == null ? Optional.empty() : identity;
        }

        public static Rejected because(RejectionReason reason) {
            return new Rejected(reason, Optional.empty());
        }
    }
}
