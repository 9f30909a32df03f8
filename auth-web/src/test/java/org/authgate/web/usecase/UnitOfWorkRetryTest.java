package org.authgate.web.usecase;

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
 * {@link UnitOfWork#run}'s retry, without a container: a fake transaction runs the work and then fails its commit the
 * way Narayana does when Hibernate's flush at commit loses a race (JTA's checked RollbackException, thrown
 * undeclared through the interceptor, with the flush's failure suppressed or as its cause).
 */
class UnitOfWorkRetryTest {

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

    /** A unit of work over {@code tx} that records its pauses instead of sleeping. */
    static final class RecordingUnitOfWork extends UnitOfWork {
        final List<Integer> pauses = new ArrayList<>();

        RecordingUnitOfWork(Transactions tx) {
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
        FailingCommits tx = new FailingCommits(2, UnitOfWorkRetryTest::optimisticLockAtCommit);
        RecordingUnitOfWork work = new RecordingUnitOfWork(tx);
        int[] runs = {0};

        String answer = work.run(() -> "run " + ++runs[0]);

        assertThat(answer).isEqualTo("run 3");
        assertThat(tx.attempts).isEqualTo(3);
        assertThat(work.pauses).as("a pause before each retry").containsExactly(1, 2);
    }

    @Test
    void aDeadlockOrSerializationFailureAsTheCommitsCauseIsAConflictToo() {
        for (String state : List.of("40P01", "40001", "23505")) {
            Supplier<Exception> failure = () -> new TransactionalException("commit failed",
                    (RollbackException) new RollbackException("ARJUNA016053").initCause(
                            new RuntimeException("flush", new SQLException("ERROR", state))));
            FailingCommits tx = new FailingCommits(1, failure);

            assertThat(new RecordingUnitOfWork(tx).run(() -> state)).isEqualTo(state);
            assertThat(tx.attempts).as(state).isEqualTo(2);
        }
    }

    @Test
    void aConflictOnEveryAttemptEndsInWriteContentionAfterTheBound() {
        FailingCommits tx = new FailingCommits(Integer.MAX_VALUE, UnitOfWorkRetryTest::optimisticLockAtCommit);
        RecordingUnitOfWork work = new RecordingUnitOfWork(tx);

        assertThatThrownBy(() -> work.run(() -> "never committed"))
                .isInstanceOfSatisfying(WriteContention.class, e -> {
                    assertThat(e.attempts()).isEqualTo(UnitOfWork.ATTEMPTS);
                    assertThat(e.getCause()).isInstanceOf(RollbackException.class);
                });
        assertThat(tx.attempts).isEqualTo(UnitOfWork.ATTEMPTS);
        assertThat(work.pauses).hasSize(UnitOfWork.ATTEMPTS - 1);
    }

    @Test
    void aRollbackForAnyOtherReasonIsACommitFailedWithoutARetry() {
        RollbackException broken = new RollbackException("ARJUNA016053");
        broken.addSuppressed(new SQLException("connection lost", "08006"));
        FailingCommits tx = new FailingCommits(1, () -> broken);
        RecordingUnitOfWork work = new RecordingUnitOfWork(tx);

        assertThatThrownBy(() -> work.run(() -> "x")).isInstanceOf(CommitFailed.class).hasCause(broken);
        assertThat(tx.attempts).isEqualTo(1);
        assertThat(work.pauses).isEmpty();
    }

    /**
     * Payara's shape of the same failed commit: a TransactionalException around the RollbackException, for which its
     * JAX-RS runtime has an exception mapper of its own (an HTML page): it must come out as CommitFailed too, and a
     * conflict inside it must still be retried.
     */
    @Test
    void payarasTransactionalExceptionIsACommitFailedOrAConflictByWhatItCarries() {
        RollbackException refused = new RollbackException("Transaction marked for rollback.");
        refused.initCause(new SQLException("audit row refused", "P0001"));
        TransactionalException failed = new TransactionalException("encountered exception during commit", refused);
        assertThatThrownBy(() -> new RecordingUnitOfWork(new FailingCommits(1, () -> failed)).run(() -> "x"))
                .isInstanceOf(CommitFailed.class).hasCause(failed);

        FailingCommits racing = new FailingCommits(1, () -> new TransactionalException("commit",
                optimisticLockAtCommit()));
        assertThat(new RecordingUnitOfWork(racing).run(() -> "won")).isEqualTo("won");
        assertThat(racing.attempts).isEqualTo(2);
    }

    @Test
    void whatTheWorkItselfThrowsComesOutAsItCame() {
        IllegalStateException refusal = new IllegalStateException("refused by the rules");
        FailingCommits tx = new FailingCommits(0, () -> null);
        assertThatThrownBy(() -> new RecordingUnitOfWork(tx).run(() -> {
            throw refusal;
        })).isSameAs(refusal);
        assertThat(tx.attempts).isEqualTo(1);
    }

    @Test
    void theShapesOfAConflict() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 0 failed", "23505", new int[0]);
        batch.setNextException(new SQLException("duplicate key value", "23505"));
        SQLException chained = new SQLException("batch failed", "XX000");
        chained.setNextException(new SQLException("deadlock detected", "40P01"));

        assertThat(UnitOfWork.isConflict(batch)).isTrue();
        assertThat(UnitOfWork.isConflict(new IllegalStateException(chained))).isTrue();
        assertThat(UnitOfWork.isConflict(new OptimisticLockException())).isTrue();
        assertThat(UnitOfWork.isConflict(new IllegalStateException("no session"))).isFalse();
        assertThat(UnitOfWork.isConflict(new SQLException("syntax", "42601"))).isFalse();
        assertThat(UnitOfWork.isConflict(new RollbackException("rolled back, no reason given"))).isFalse();
    }

    /** A connection the database ended (a restart, an outage) often carries no SQLState: not a conflict, no NPE. */
    @Test
    void anSqlExceptionWithoutAStateIsNoConflictAndIsThrownAsItCame() {
        RuntimeException lost = new RuntimeException("JDBC exception", new SQLException("This connection has been closed."));
        assertThat(UnitOfWork.isConflict(lost)).isFalse();

        FailingCommits tx = new FailingCommits(1, () -> lost);
        RecordingUnitOfWork work = new RecordingUnitOfWork(tx);
        assertThatThrownBy(() -> work.run(() -> "x")).isSameAs(lost);
        assertThat(tx.attempts).isEqualTo(1);
    }

}
