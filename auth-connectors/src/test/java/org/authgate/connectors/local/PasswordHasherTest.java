package org.authgate.connectors.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    /** Written by the reference implementation (phc-winner-argon2) for "password" with salt "somesalt". */
    private static final String REFERENCE =
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

    private final PasswordHasher cheap = new PasswordHasher(LocalFixture.CHEAP);

    @Test
    void hashesWithTheOwaspDefaultsInPhcFormat() {
        PasswordHasher real = new PasswordHasher(LocalConnectorConfig.defaults().argon2());

        String phc = real.hash("correct horse battery");

        assertThat(phc).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        String[] parts = phc.split("\\$");
        assertThat(Base64.getDecoder().decode(parts[4])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[5])).hasSize(32);
        assertThat(real.verify("correct horse battery", phc)).isTrue();
        assertThat(real.verify("correct horse batterY", phc)).isFalse();
        assertThat(real.needsRehash(phc)).isFalse();
    }

    @Test
    void verifiesAHashWrittenByTheReferenceImplementationWithItsOwnParameters() {
        assertThat(cheap.verify("password", REFERENCE)).isTrue();
        assertThat(cheap.verify("passwore", REFERENCE)).isFalse();
    }

    @Test
    void writesExactlyWhatTheReferenceImplementationWritesForTheSameInput() {
        PasswordHasher sameCost = new PasswordHasher(new Argon2Params(65536, 2, 1));

        String phc = sameCost.hash("password", "somesalt".getBytes(StandardCharsets.US_ASCII));

        assertThat(phc).isEqualTo(REFERENCE);
    }

    @Test
    void aBurstOfHashesRunsAtMostOneDerivationPerCoreAndTheRestWait() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        PasswordHasher spy = new PasswordHasher(LocalFixture.CHEAP) {
            @Override
            void run(Argon2Parameters parameters, byte[] secret, byte[] out) {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(20); // long enough for every thread of the burst to be waiting meanwhile
                    super.run(parameters, secret, out);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        };
        int cores = PasswordHasher.concurrentDerivations();
        int burst = 4 * cores + 2;
        ExecutorService pool = Executors.newFixedThreadPool(burst);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> hashes = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                hashes.add(pool.submit(() -> {
                    start.await();
                    return spy.hash("password");
                }));
            }
            start.countDown();
            for (Future<String> hash : hashes) {
                assertThat(spy.verify("password", hash.get(30, TimeUnit.SECONDS))).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cores).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(most.get()).as("derivations at once, with %d threads hashing", burst).isEqualTo(cores);
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertThat(cheap.hash("same password")).isNotEqualTo(cheap.hash("same password"));
    }

    @Test
    void aHashMadeWithOtherParametersNeedsRehashing() {
        String old = cheap.hash("password");
        PasswordHasher stronger = new PasswordHasher(new Argon2Params(512, 2, 1));

        assertThat(cheap.needsRehash(old)).isFalse();
        assertThat(stronger.needsRehash(old)).isTrue();
        assertThat(stronger.verify("password", old)).isTrue();
        assertThat(stronger.needsRehash(REFERENCE)).isTrue();
    }

    @Test
    void aMalformedStoredHashIsABrokenBackendNotAWrongPassword() {
        String[] broken = {
                "", "plaintext", "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ=$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=18$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"};
        for (String phc : broken) {
            assertThatThrownBy(() -> cheap.verify("password", phc))
                    .isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("c29tZXNhbHQ"));
            assertThat(cheap.needsRehash(phc)).isTrue();
        }
    }

    @Test
    void aDummyVerificationCostsOneDerivationWithTheConfiguredParameters() {
        CountingPasswordHasher counting = new CountingPasswordHasher(new Argon2Params(1024, 3, 2));

        counting.dummyVerify("whatever");
        counting.dummyVerify(null);

        assertThat(counting.derivations).containsExactly(new Argon2Params(1024, 3, 2), new Argon2Params(1024, 3, 2));
    }
}
