package org.authgate.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.authgate.core.connector.ConnectorId;
import org.junit.jupiter.api.Test;

/** The builder replaced 13 positional arguments, most of them null or false for a login-time snapshot. */
class IdentityBuilderTest {

    @Test
    void unsetValuesAreNone() {
        Identity i = Identity.of(SubjectId.random(), TenantId.DEFAULT, ConnectorId.LOCAL, "alice").build();

        assertThat(i.email()).isNull();
        assertThat(i.emailVerified()).isFalse();
        assertThat(i.firstName()).isNull();
        assertThat(i.roles()).isEmpty();
        assertThat(i.banned()).isFalse();
        assertThat(i.banReason()).isNull();
        assertThat(i.createdAt()).isNull();
        assertThat(i.attributes()).isEmpty();
    }

    @Test
    void eachValueLandsInItsFieldAndToBuilderKeepsThem() {
        Identity i = Identity.of(SubjectId.random(), TenantId.DEFAULT, ConnectorId.LOCAL, "alice")
                .email("alice@example.test", true).name("Alice", "Liddell").roles(Set.of("admin"))
                .banned("spam").createdAt(Instant.EPOCH).attributes(Map.of("money", "3")).build();

        assertThat(i).isEqualTo(new Identity(i.subject(), TenantId.DEFAULT, ConnectorId.LOCAL, "alice",
                "alice@example.test", true, "Alice", "Liddell", Set.of("admin"), true, "spam", Instant.EPOCH,
                Map.of("money", "3")));
        assertThat(i.toBuilder().build()).isEqualTo(i);
        assertThat(i.toBuilder().roles(Set.of()).build().roles()).isEmpty();
    }
}
