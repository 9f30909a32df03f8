package org.authgate.connectors.local;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.authgate.core.account.Account;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.testing.InMemoryThrottleStore;
import org.authgate.core.testing.MutableClock;
import org.authgate.core.testing.RecordingAuditLog;

/**
 * The local connector's beans wired by hand over in-memory ports. Argon2 runs with a tiny memory cost so that the
 * tests stay fast; {@link PasswordHasherTest} covers the real defaults.
 */
final class LocalFixture {
    static final Argon2Params CHEAP = new Argon2Params(256, 1, 1);
    static final Instant NOW = Instant.parse("2026-03-01T12:00:10Z");
    static final TenantId TENANT = TenantId.DEFAULT;
    static final String PASSWORD = "correct horse battery";
    static final String ISSUER = "authgate";

    final InMemoryAccountStore store = new InMemoryAccountStore();
    final InMemoryThrottleStore throttles = new InMemoryThrottleStore();
    final RecordingAuditLog auditLog = new RecordingAuditLog();
    final MutableClock clock = new MutableClock(NOW);
    final CountingPasswordHasher hasher = new CountingPasswordHasher(CHEAP);
    final Totp totp = new Totp();
    final PasswordPolicy policy = new PasswordPolicy(8, CommonPasswords.frequencyList());

    LocalConnector connector() {
        return new LocalConnector(store, hasher, totp, policy, clock, administration(), enrollment(),
                trail());
    }

    AuditTrail trail() {
        return new AuditTrail(auditLog, clock);
    }

    AccountAdministration administration() {
        return new AccountAdministration(store, throttles, new AuditTrail(auditLog, clock), clock, hasher, policy);
    }

    TotpEnrollment enrollment() {
        return new TotpEnrollment(store, new AuditTrail(auditLog, clock), clock, totp, ISSUER);
    }

    /** Stores an account with {@link #PASSWORD}; {@code changes} adjusts it before it is stored. */
    Account account(String username, UnaryOperator<Account.Builder> changes) {
        Account account = changes.apply(new Account.Builder()
                .id(SubjectId.random())
                .tenant(TENANT)
                .username(username)
                .email(username + "@example.com")
                .emailVerified(true)
                .firstName("Alice")
                .lastName("Liddell")
                .passwordHash(hasher.hash(PASSWORD))
                .roles(Set.of("user"))
                .attributes(Map.of("money", "42.50"))
                .createdAt(NOW.minusSeconds(86_400)))
                .build();
        store.insert(account);
        hasher.derivations.clear();
        return store.get(account.id());
    }

    Account account(String username) {
        return account(username, b -> b);
    }

    /** An account whose TOTP is on, with a secret the test knows. */
    Account totpAccount(String username) {
        String secret = totp.newSecret();
        return account(username, b -> b.totpSecret(secret).totpEnabled(true));
    }

    String codeNow(Account account) {
        return codeAt(account, clock.instant());
    }

    String codeAt(Account account, Instant instant) {
        return totp.codeAt(Totp.base32Decode(account.totpSecret()), Totp.stepAt(instant));
    }

    /** A well-formed code that matches no step of the window around now, so the test can never pass by luck. */
    String wrongCode(Account account) {
        List<String> valid = List.of(codeAt(account, clock.instant().minusSeconds(Totp.PERIOD_SECONDS)),
                codeNow(account), codeAt(account, clock.instant().plusSeconds(Totp.PERIOD_SECONDS)));
        for (String candidate : new String[] {"000000", "111111", "222222", "333333"}) {
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("unreachable: four candidates, three valid codes");
    }

    static Totp rfcTotp() {
        return new Totp(8, new SecureRandom());
    }
}
