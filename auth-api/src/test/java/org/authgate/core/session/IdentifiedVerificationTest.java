package org.authgate.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.testing.CoreFixture;
import org.authgate.core.testing.ScriptedConnector;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.core.token.TokenGenerator;
import org.junit.jupiter.api.Test;

/** Verification that tells a banned user's token apart from an invalid one (Azuriom's verify). */
class IdentifiedVerificationTest {

    private static final ConnectorId BANNABLE = new ConnectorId("bannable");
    private static final Dialect AZURIOM = new Dialect("azuriom");

    private final CoreFixture f = CoreFixture.create();
    private final BannableConnector connector = f.connectors().register(new BannableConnector());
    private final IdentifiedVerification verification = new IdentifiedVerification(f.sessionVerification(),
            f.sessionStore(), new TokenIssuer(new TokenGenerator(), f.jwt()));

    private String loggedIn(String user) {
        connector.addUser(CoreFixture.TENANT, user, "correct horse");
        return f.loggedIn(f.attempt(user, "correct horse").via(BANNABLE).format(AccessTokenFormat.OPAQUE_HEX))
                .issued().accessToken();
    }

    @Test
    void aLiveTokenAnswersItsSessionAndTheCurrentIdentity() {
        String token = loggedIn("alice");

        IdentifiedVerification.Result result = verification.verify(token, AZURIOM);

        assertThat(result).isInstanceOf(IdentifiedVerification.Valid.class);
        IdentifiedVerification.Valid valid = (IdentifiedVerification.Valid) result;
        assertThat(valid.identity().username()).isEqualTo("alice");
        assertThat(valid.session().tokenFormat()).isEqualTo(AccessTokenFormat.OPAQUE_HEX);
    }

    @Test
    void aTokenWhoseSessionTheBanRevokedAnswersBannedWithTheReason() {
        String token = loggedIn("bob");
        Session session = f.verified(token);
        connector.ban(session.subject(), "cheating");
        f.sessionEnding().endAllOf(session.subject(), null, EndReason.ADMIN_REVOKE, CoreFixture.CLIENT, Dialect.ADMIN,
                "admin");

        IdentifiedVerification.Result result = verification.verify(token, AZURIOM);

        assertThat(result).isInstanceOf(IdentifiedVerification.Banned.class);
        assertThat(((IdentifiedVerification.Banned) result).identity().banReason()).isEqualTo("cheating");
    }

    @Test
    void aBannedUserWhoseSessionIsStillLiveIsBannedToo() {
        String token = loggedIn("carol");
        connector.ban(f.verified(token).subject(), null);

        assertThat(verification.verify(token, AZURIOM)).isInstanceOf(IdentifiedVerification.Banned.class);
    }

    @Test
    void aLoggedOutTokenStaysInvalidEvenWhenTheUserIsBannedLater() {
        String token = loggedIn("dave");
        SubjectId subject = f.verified(token).subject();
        assertThat(f.sessionEnding().logout(token, CoreFixture.CLIENT, AZURIOM)).isTrue();
        connector.ban(subject, "late");

        assertThat(verification.verify(token, AZURIOM))
                .isEqualTo(new IdentifiedVerification.Invalid(VerifyOutcome.Why.ENDED));
    }

    @Test
    void anUnknownTokenIsInvalid() {
        assertThat(verification.verify("f".repeat(128), AZURIOM))
                .isEqualTo(new IdentifiedVerification.Invalid(VerifyOutcome.Why.UNKNOWN));
        assertThat(verification.verify(null, AZURIOM))
                .isEqualTo(new IdentifiedVerification.Invalid(VerifyOutcome.Why.UNKNOWN));
    }

    /** A connector whose users an administrator can ban after they logged in. */
    private static final class BannableConnector extends ScriptedConnector {
        private final Map<SubjectId, String> bans = new HashMap<>();

        BannableConnector() {
            super(BANNABLE);
        }

        void ban(SubjectId subject, String reason) {
            bans.put(subject, reason);
        }

        @Override
        public Optional<Identity> findIdentity(SubjectId subject) {
            return super.findIdentity(subject).map(i -> !bans.containsKey(subject) ? i
                    : i.toBuilder().banned(bans.get(subject)).build());
        }
    }
}
