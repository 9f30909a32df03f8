package org.authgate.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.Dialect;
import org.junit.jupiter.api.Test;

/** "Is this the actor's own account?", the question the self-lockout rule asks, has one answer per kind of actor. */
class ActorTest {
    private final SubjectId root = SubjectId.random();

    @Test
    void anAdministratorWhoseIdIsKnownOwnsThatAccountOnly() {
        Actor actor = Actor.administrator(root, "root");

        assertThat(actor.owns(root, TenantId.DEFAULT, "anything")).isTrue();
        assertThat(actor.owns(SubjectId.random(), TenantId.DEFAULT, "root")).as("a namesake").isFalse();
    }

    @Test
    void anAdministratorKnownByUsernameOwnsTheDefaultTenantsAccountOfThatLogin() {
        Actor actor = Actor.administrator("Root");

        assertThat(actor.owns(root, TenantId.DEFAULT, "root")).isTrue();
        assertThat(actor.owns(root, new TenantId("other"), "root")).isFalse();
        assertThat(actor.owns(root, TenantId.DEFAULT, "rooted")).isFalse();
    }

    @Test
    void theBootstrapAndADialectOwnNoAccountAndEveryActorHasAName() {
        assertThat(Actor.BOOTSTRAP.owns(root, TenantId.DEFAULT, "bootstrap")).isFalse();
        assertThat(Actor.dialect(Dialect.ADMIN).owns(root, TenantId.DEFAULT, Dialect.ADMIN.value())).isFalse();
        assertThat(Actor.BOOTSTRAP.name()).isEqualTo("bootstrap");
        assertThatThrownBy(() -> new Actor(Actor.Kind.ADMINISTRATOR, " ", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
