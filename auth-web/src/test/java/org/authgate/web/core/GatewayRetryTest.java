package org.authgate.web.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link Gateway#run}'s retry, without a container: a fake transaction runs the work and then fails its commit the
 * way Narayana does when Hibernate's flush at commit loses a race (JTA's checked RollbackException, thrown
 * undeclared through the interceptor, with the flush's failure suppressed or as its cause).
 */
class GatewayRetryTest {

    /** Commits fail with {@code failure} for the first {@code failures} attempts, then succeed. */
    static final class FailingCommits extends Transactions {
        final int failures;
        final Supplier<Exception> failure;
        int attempts;

        FailingCommits(int failures, Supplier<Exception> failure) {
            this.failures = failures;
            this.failure = failure;
        }

        @Override
        public <T> T inNewTransaction(Supplier<T> work) {
            attempts++;
            T result = work.get();
            if (attempts <= failures) {
                throw FailingCommits.<RuntimeException>sneaky(failure.get());
            }
            return result;
        }

        @SuppressWarnings("unchecked")
        private static <E extends Throwable> E sneaky(Throwable e) throws E {
            throw (E) e;
        }
    }

    /** A gateway over {@code tx} that records its pauses instead of sleeping. */
    static final class RecordingGateway extends Gateway {
        final List<Integer> pauses = new ArrayList<>();

        RecordingGateway(Transactions tx) {
            this.tx = tx;
        }

        @Override
        void pause(int attempt) {
            pauses.add(attempt);
        }
    }

    /** Narayana's shape: the commit's RollbackException with the flush's failure added as suppressed. */
    static Exception optimisticLockAtCommit() {
        RollbackException e = new RollbackException("ARJUNA016053: Could not commit transaction.");
        e.addSuppressed(new OptimisticLockException("Row was updated or deleted by another transaction"));
        return e;
    }

    @Test
    void aConflictFoundAtCommitRunsTheWorkAgainAndAnswersTheRetrysResult() {
        FailingCommits tx = new FailingCommits(2, GatewayRetryTest::optimisticLockAtCommit);
        RecordingGateway gateway = new RecordingGateway(tx);
        int[] runs = {0};

        String answer = gateway.run(() -> "run " + ++runs[0]);

        assertThat(answer).isEqualTo("run 3");
        assertThat(tx.attempts).isEqualTo(3);
        assertThat(gateway.pauses).as("a pause before each retry").containsExactly(1, 2);
    }

    @Test
    void aDeadlockOrSerializationFailureAsTheCommitsCauseIsAConflictToo() {
        for (String state : List.of("40P01", "40001", "23505")) {
            Supplier<Exception> failure = () -> new TransactionalException("commit failed",
                    (RollbackException) new RollbackException("ARJUNA016053").initCause(
                            new RuntimeException("flush", new SQLException("ERROR", state))));
            FailingCommits tx = new FailingCommits(1, failure);

            assertThat(new RecordingGateway(tx).run(() -> state)).isEqualTo(state);
            assertThat(tx.attempts).as(state).isEqualTo(2);
        }
    }

    @Test
    void aConflictOnEveryAttemptEndsInWriteContentionAfterTheBound() {
        FailingCommits tx = new FailingCommits(Integer.MAX_VALUE, GatewayRetryTest::optimisticLockAtCommit);
        RecordingGateway gateway = new RecordingGateway(tx);

        assertThatThrownBy(() -> gateway.run(() -> "never committed"))
                .isInstanceOfSatisfying(WriteContention.class, e -> {
                    assertThat(e.attempts()).isEqualTo(Gateway.ATTEMPTS);
                    assertThat(e.getCause()).isInstanceOf(RollbackException.class);
                });
        assertThat(tx.attempts).isEqualTo(Gateway.ATTEMPTS);
        assertThat(gateway.pauses).hasSize(Gateway.ATTEMPTS - 1);
    }

    @Test
    void aRollbackForAnyOtherReasonIsThrownAsItCameWithoutARetry() {
        RollbackException broken = new RollbackException("ARJUNA016053");
        broken.addSuppressed(new SQLException("connection lost", "08006"));
        FailingCommits tx = new FailingCommits(1, () -> broken);
        RecordingGateway gateway = new RecordingGateway(tx);

        assertThatThrownBy(() -> gateway.run(() -> "x")).isSameAs(broken);
        assertThat(tx.attempts).isEqualTo(1);
        assertThat(gateway.pauses).isEmpty();
    }

    @Test
    void theShapesOfAConflict() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 0 failed", "23505", new int[0]);
        batch.setNextException(new SQLException("duplicate key value", "23505"));
        SQLException chained = new SQLException("batch failed", "XX000");
        chained.setNextException(new SQLException("deadlock detected", "40P01"));

        assertThat(Gateway.isConflict(batch)).isTrue();
        assertThat(Gateway.isConflict(new IllegalStateException(chained))).isTrue();
        assertThat(Gateway.isConflict(new OptimisticLockException())).isTrue();
        assertThat(Gateway.isConflict(new IllegalStateException("no session"))).isFalse();
        assertThat(Gateway.isConflict(new SQLException("syntax", "42601"))).isFalse();
        assertThat(Gateway.isConflict(new RollbackException("rolled back, no reason given"))).isFalse();
    }

    /** A connection the database ended (a restart, an outage) often carries no SQLState: not a conflict, no NPE. */
    @Test
    void anSqlExceptionWithoutAStateIsNoConflictAndIsThrownAsItCame() {
        RuntimeException lost = new RuntimeException("JDBC exception", new SQLException("This connection has been closed."));
        assertThat(Gateway.isConflict(lost)).isFalse();

        FailingCommits tx = new FailingCommits(1, () -> lost);
        RecordingGateway gateway = new RecordingGateway(tx);
        assertThatThrownBy(() -> gateway.run(() -> "x")).isSameAs(lost);
        assertThat(tx.attempts).isEqualTo(1);
    }

}
