package org.authgate.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.authgate.core.identity.Identity;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.testing.CoreFixture;
import org.authgate.core.testing.FakeJwtCodec;
import org.authgate.core.token.AccessTokenFormat;
import org.junit.jupiter.api.Test;

class SubjectClaimTest {

    private final CoreFixture f = CoreFixture.builder().tokenFormat(AccessTokenFormat.JWT).build();

    @Test
    void theSubjectPlaceholderBecomesTheUsersIdInTheJwt() {
        Identity alice = f.user("alice", "correct horse");

        LoginOutcome.LoggedIn in = f.loggedIn(f.attempt("alice", "correct horse")
                .claim("_id", TokenIssuer.SUBJECT_PLACEHOLDER).claim("plain", "value"));

        assertThat(FakeJwtCodec.readPayload(in.issued().accessToken()))
                .containsEntry("x._id", alice.subject().toString())
                .containsEntry("x.plain", "value");
    }
}
