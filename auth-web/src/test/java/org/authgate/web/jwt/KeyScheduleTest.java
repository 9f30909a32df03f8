package org.authgate.web.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.authgate.core.token.SigningKey;
import org.junit.jupiter.api.Test;

class KeyScheduleTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration LEAD = Duration.ofMinutes(7);
    private final KeySchedule schedule = new KeySchedule(Duration.ofDays(30), LEAD, Duration.ofDays(30));

    private static SigningKey key(String kid, long generation, Instant signsFrom) {
        return new SigningKey(kid, "ES256", new byte[1], new byte[1], signsFrom, generation, signsFrom);
    }

    @Test
    void theFirstKeySignsAtOnce() {
        KeySchedule.Plan plan = schedule.plan(List.of(), T0);

        assertThat(plan.add()).hasValueSatisfying(s -> {
            assertThat(s.generation()).isEqualTo(1);
            assertThat(s.signsFrom()).isEqualTo(T0);
        });
        assertThat(plan.remove()).isEmpty();
    }

    @Test
    void nothingIsDueBeforeTheRotationComesNear() {
        assertThat(schedule.plan(List.of(key("a", 1, T0)), T0.plus(Duration.ofDays(29))).add()).isEmpty();
    }

    @Test
    void theSuccessorIsPublishedTheLeadBeforeItSigns() {
        Instant check = T0.plus(Duration.ofDays(30)).minus(LEAD);

        KeySchedule.Plan plan = schedule.plan(List.of(key("a", 1, T0)), check);

        assertThat(plan.add()).hasValueSatisfying(s -> {
            assertThat(s.generation()).isEqualTo(2);
            assertThat(s.signsFrom()).isEqualTo(T0.plus(Duration.ofDays(30)));
        });
        // Once it exists, a second check (or node) adds nothing more.
        assertThat(schedule.plan(List.of(key("a", 1, T0), key("b", 2, T0.plus(Duration.ofDays(30)))), check).add()).isEmpty();
    }

    @Test
    void aLateCheckStillPublishesTheSuccessorAFullLeadBeforeItSigns() {
        Instant late = T0.plus(Duration.ofDays(45));

        assertThat(schedule.plan(List.of(key("a", 1, T0)), late).add())
                .hasValueSatisfying(s -> assertThat(s.signsFrom()).isEqualTo(late.plus(LEAD)));
    }

    @Test
    void aRetiredKeyStaysUntilEveryTokenItSignedHasExpired() {
        Instant succession = T0.plus(Duration.ofDays(30));
        List<SigningKey> keys = List.of(key("b", 2, succession), key("a", 1, T0));

        assertThat(schedule.plan(keys, succession.plus(Duration.ofDays(30))).remove()).isEmpty();
        assertThat(schedule.plan(keys, succession.plus(Duration.ofDays(30)).plus(LEAD)).remove()).containsExactly("a");
    }

    @Test
    void theSignerIsTheNewestWhoseTimeHasCome() {
        List<SigningKey> keys = List.of(key("a", 1, T0), key("b", 2, T0.plusSeconds(100)));

        assertThat(KeySchedule.signer(keys, SigningKey::signsFrom, T0.plusSeconds(99))).hasValueSatisfying(
                k -> assertThat(k.keyId()).isEqualTo("a"));
        assertThat(KeySchedule.signer(keys, SigningKey::signsFrom, T0.plusSeconds(100))).hasValueSatisfying(
                k -> assertThat(k.keyId()).isEqualTo("b"));
        // A clock set back before every key (tests do): the oldest signs rather than nobody.
        assertThat(KeySchedule.signer(keys, SigningKey::signsFrom, T0.minusSeconds(1))).hasValueSatisfying(
                k -> assertThat(k.keyId()).isEqualTo("a"));
    }

    @Test
    void rotationZeroNeverRotatesAndTooShortARotationIsRefused() {
        KeySchedule never = new KeySchedule(Duration.ZERO, LEAD, Duration.ofDays(30));
        assertThat(never.plan(List.of(key("a", 1, T0)), T0.plus(Duration.ofDays(3650))).add()).isEmpty();
        assertThatThrownBy(() -> new KeySchedule(Duration.ofMinutes(10), LEAD, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
