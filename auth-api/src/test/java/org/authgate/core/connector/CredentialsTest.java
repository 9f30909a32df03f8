package org.authgate.core.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.authgate.core.InvalidRequest;
import org.authgate.core.identity.TenantId;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static final TenantId TENANT = new TenantId("acme");

    @Test
    void toStringHidesEverySecret() {
        Credentials credentials = new Credentials(TENANT, "alice", "hunter2-password", "918273",
                "new-secret-password", Map.of("pin", "4321"));

        String text = credentials.toString();

        assertThat(text).contains("alice").contains("acme")
                .doesNotContain("hunter2-password").doesNotContain("918273")
                .doesNotContain("new-secret-password").doesNotContain("4321");
    }

    @Test
    void aBlankCodeIsNoCode() {
        assertThat(Credentials.of(TENANT, "alice", "pw").code()).isEmpty();
        assertThat(Credentials.of(TENANT, "alice", "pw").withSecondFactorCode("  ").code()).isEmpty();
        assertThat(Credentials.of(TENANT, "alice", "pw").withSecondFactorCode("123456").code()).contains("123456");
    }

    @Test
    void loginPasswordAndTenantAreRequired() {
        assertThatThrownBy(() -> Credentials.of(TENANT, null, "pw")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Credentials.of(TENANT, "alice", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Credentials.of(null, "alice", "pw")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void onlyGuessesLookLikeBadCredentials() {
        assertThat(RejectionReason.values()).filteredOn(RejectionReason::looksLikeBadCredentials)
                .containsExactlyInAnyOrder(RejectionReason.UNKNOWN_USER, RejectionReason.BAD_CREDENTIALS,
                        RejectionReason.LOCKED, RejectionReason.BACKEND_FAILURE);
    }

    @Test
    void aLoginWithANulCharacterIsABadRequest() {
        assertThatThrownBy(() -> Credentials.of(TENANT, "alice\0", "pw")).isInstanceOf(InvalidRequest.class)
                .hasMessageNotContaining("alice");
    }
}
