package org.authgate.core.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.session.Dialect;
import org.authgate.core.testing.MutableClock;
import org.authgate.core.testing.RecordingAuditLog;
import org.junit.jupiter.api.Test;

/**
 * The purge asks the store for rows older than each kind's period, never for a kind kept forever, and a sweep's
 * summary reports the tally once: one record with every kind's count, none when nothing went.
 */
class RetentionTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final RecordingAuditLog log = new RecordingAuditLog();
    private final TallyStore store = new TallyStore();
    private final Retention retention = new Retention(store, RetentionPolicy.defaults(), new AuditTrail(log, clock),
            clock);

    @Test
    void eachKindIsPurgedFromItsOwnCutoffAndTheAuditTrailIsKeptForeverByDefault() {
        store.due.put(PurgeKind.SESSIONS, 3);
        store.due.put(PurgeKind.AUDIT_RECORDS, 5);

        assertThat(retention.purge(PurgeKind.SESSIONS, 500)).isEqualTo(3);
        assertThat(retention.purge(PurgeKind.REFRESH_TOKENS, 500)).isZero();
        assertThat(retention.purge(PurgeKind.THROTTLES, 500)).isZero();
        assertThat(retention.purge(PurgeKind.AUDIT_RECORDS, 500)).as("forever: the store is not even asked").isZero();

        assertThat(store.asked).containsExactly(
                "SESSIONS before " + NOW.minus(Duration.ofDays(30)),
                "REFRESH_TOKENS before " + NOW.minus(Duration.ofDays(7)),
                "THROTTLES before " + NOW.minus(Duration.ofDays(1)));
    }

    @Test
    void aBatchTakesNoMoreThanItsLimit() {
        store.due.put(PurgeKind.THROTTLES, 1200);

        assertThat(retention.purge(PurgeKind.THROTTLES, 500)).isEqualTo(500);
        assertThat(retention.purge(PurgeKind.THROTTLES, 500)).isEqualTo(500);
        assertThat(retention.purge(PurgeKind.THROTTLES, 500)).isEqualTo(200);
        assertThat(retention.purge(PurgeKind.THROTTLES, 500)).isZero();
        assertThatThrownBy(() -> retention.purge(PurgeKind.THROTTLES, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSweepIsSummarisedInOneRecordCountingEveryKindAndTheTallyStartsAgain() {
        store.due.put(PurgeKind.SESSIONS, 12);
        store.due.put(PurgeKind.REFRESH_TOKENS, 40);
        retention.purge(PurgeKind.SESSIONS, 10);
        retention.purge(PurgeKind.SESSIONS, 10);
        retention.purge(PurgeKind.REFRESH_TOKENS, 100);

        Map<PurgeKind, Long> reported = retention.summarise();

        assertThat(reported).containsEntry(PurgeKind.SESSIONS, 12L).containsEntry(PurgeKind.REFRESH_TOKENS, 40L)
                .containsEntry(PurgeKind.THROTTLES, 0L).containsEntry(PurgeKind.AUDIT_RECORDS, 0L);
        AuditRecord summary = log.single(AuditEvent.DATA_PURGED);
        assertThat(summary.reason()).isEqualTo("sessions=12 refresh_tokens=40 throttles=0 audit_records=0");
        assertThat(summary.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(summary.dialect()).isEqualTo(Dialect.SERVER);
        assertThat(summary.actor()).isEqualTo(Retention.ACTOR);
        assertThat(summary.at()).isEqualTo(NOW);

        assertThat(retention.summarise()).as("the tally was taken: a second summary reports nothing").isEmpty();
        assertThat(log.records()).hasSize(1);
    }

    @Test
    void aSweepThatPurgedNothingWritesNoRecord() {
        retention.purge(PurgeKind.SESSIONS, 500);

        assertThat(retention.summarise()).isEmpty();
        assertThat(log.records()).isEmpty();
    }

    @Test
    void anAuditPeriodWhenConfiguredPurgesTheOldestRecords() {
        Retention withAudit = new Retention(store, new RetentionPolicy(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Duration.ofDays(365))), new AuditTrail(log, clock), clock);
        store.due.put(PurgeKind.AUDIT_RECORDS, 7);

        assertThat(withAudit.purge(PurgeKind.AUDIT_RECORDS, 500)).isEqualTo(7);
        assertThat(withAudit.purge(PurgeKind.SESSIONS, 500)).as("sessions kept forever here").isZero();
        assertThat(store.asked).containsExactly("AUDIT_RECORDS before " + NOW.minus(Duration.ofDays(365)));
    }

    @Test
    void periodsMustBePositiveAndThrottlesOutliveTheirLockoutWindow() {
        Optional<Duration> none = Optional.empty();
        assertThatThrownBy(() -> new RetentionPolicy(Optional.of(Duration.ZERO), none, none, none))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(none, none, none, Optional.of(Duration.ofDays(-1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(none, none, Optional.of(Duration.ofMinutes(59)), none))
                .hasMessageContaining("at least an hour");
        assertThat(new RetentionPolicy(none, none, Optional.of(Duration.ofHours(1)), none).cutoff(PurgeKind.THROTTLES,
                NOW)).contains(NOW.minus(Duration.ofHours(1)));
    }

    /** A store with {@code due} rows per kind; each purge removes up to its limit and tallies what it removed. */
    private static final class TallyStore implements RetentionStore {
        final Map<PurgeKind, Integer> due = new EnumMap<>(PurgeKind.class);
        final Map<PurgeKind, Long> tally = new EnumMap<>(PurgeKind.class);
        final List<String> asked = new ArrayList<>();

        @Override
        public int purge(PurgeKind kind, Instant before, int limit) {
            asked.add(kind + " before " + before);
            int removed = Math.min(limit, due.getOrDefault(kind, 0));
            due.merge(kind, -removed, Integer::sum);
            tally.merge(kind, (long) removed, Long::sum);
            return removed;
        }

        @Override
        public Map<PurgeKind, Long> takeTally() {
            Map<PurgeKind, Long> taken = new EnumMap<>(tally);
            tally.clear();
            return taken;
        }
    }
}
