package org.authgate.connectors.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.authgate.core.connector.HashingPool;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format of the reference implementation
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, standard base64 without padding), so that hashes
 * can be imported from and exported to any other Argon2 library unchanged. Thread-safe.
 *
 * <p>Not final: tests count the derivations to prove that an unknown user costs one full hash.
 */
class PasswordHasher {
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private static final int VERSION_19 = Argon2Parameters.ARGON2_VERSION_13;
    private static final int VERSION_16 = Argon2Parameters.ARGON2_VERSION_10;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id(?:\\$v=(\\d{1,3}))?\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,3})"
                    + "\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{6,172})");
    // Bounds for parameters read back from a stored string: an imported or tampered hash must not be able to make
    // one login allocate gigabytes or run for minutes.
    private static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;
    private static final int MAX_ITERATIONS = 100;
    private static final int MAX_PARALLELISM = 255;

    // At most one Argon2 derivation per core at a time, in the whole server. More would not finish sooner (each one
    // is CPU-bound) but each would hold its 19 MiB (a burst of 100 logins: 1.9 GiB of heap) and every core would go
    // to hashing, starving token checks, which cost a thousandth of a hash. A login beyond the bound waits for a
    // permit holding neither memory nor CPU. Fair, so that a login waits its turn rather than indefinitely.
    private static final int CONCURRENT_DERIVATIONS = Runtime.getRuntime().availableProcessors();
    private static final Semaphore DERIVATIONS = new Semaphore(CONCURRENT_DERIVATIONS, true);

    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();

    private final Argon2Params params;
    private final SecureRandom random;
    // The 1 KiB blocks of the derivations in flight, kept for the next ones (Bouncy Castle clears a block before it
    // returns it). Without it every hash allocates 19 MiB that outlives several young collections, so a stream of
    // logins keeps promoting garbage into the old generation and the server spends its time in full collections.
    // Sized for the configured cost at the bound above; blocks beyond it (an old hash with more memory) are dropped.
    private final Argon2BytesGenerator.BlockPool blocks;
    // A well-formed hash with the configured parameters that no password matches: verifying against it costs what
    // verifying a real account costs.
    private final String dummy;

    PasswordHasher(Argon2Params params) {
        this(params, new SecureRandom());
    }

    PasswordHasher(Argon2Params params, SecureRandom random) {
        this.params = Objects.requireNonNull(params);
        this.random = Objects.requireNonNull(random);
        this.blocks = new Argon2BytesGenerator.FixedBlockPool(CONCURRENT_DERIVATIONS
                * Argon2BytesGenerator.getBlockCount(params.memoryKib(), params.parallelism()));
        this.dummy = encode(params, VERSION_19, randomBytes(SALT_BYTES), randomBytes(HASH_BYTES));
    }

    Argon2Params params() {
        return params;
    }

    /** A new PHC string for {@code password} with a fresh salt and the configured parameters. */
    String hash(String password) {
        return hash(password, randomBytes(SALT_BYTES));
    }

    /** Visible for the reference test vectors, which fix the salt. */
    String hash(String password, byte[] salt) {
        byte[] hash = derive(password, salt, params, VERSION_19, HASH_BYTES);
        return encode(params, VERSION_19, salt, hash);
    }

    /**
     * True when {@code password} matches {@code phc}, whatever parameters {@code phc} was made with. An imported hash
     * of another system ({@link ForeignHash}: bcrypt, PBKDF2) is verified by its own algorithm; {@link #needsRehash}
     * is true for it, so that the login that proves the password replaces it.
     *
     * @throws IllegalArgumentException when {@code phc} is neither an Argon2id PHC string nor a foreign hash
     *                                  authgate knows: the stored value is broken, which is a backend failure rather
     *                                  than a wrong password
     */
    boolean verify(String password, String phc) {
        if (HashFormat.of(phc).map(HashFormat::foreign).orElse(false)) {
            return ForeignHash.parse(phc).matches(password);
        }
        Phc stored = Phc.parse(phc);
        byte[] computed = derive(password, stored.salt, stored.params, stored.version, stored.hash.length);
        return MessageDigest.isEqual(computed, stored.hash);
    }

    /**
     * Checks that a password could be verified against {@code stored} (an Argon2id PHC string or a foreign hash
     * of bounded cost) without deriving anything: what an import checks before it keeps a hash.
     *
     * @throws IllegalArgumentException naming what is wrong, never quoting the value
     */
    static void requireVerifiable(String stored) {
        if (HashFormat.of(stored).map(HashFormat::foreign).orElse(false)) {
            ForeignHash.parse(stored);
        } else {
            Phc.parse(stored);
        }
    }

    /** Spends exactly what {@link #verify} spends on an account, so that timing cannot tell a user does not exist. */
    void dummyVerify(String password) {
        verify(password == null ? "" : password, dummy);
    }

    /** True when {@code phc} was not made the way new hashes are made now (other costs, version or sizes). */
    boolean needsRehash(String phc) {
        Phc stored;
        try {
            stored = Phc.parse(phc);
        } catch (IllegalArgumentException e) {
            return true;
        }
        return !stored.params.equals(params) || stored.version != VERSION_19 || stored.hash.length != HASH_BYTES
                || stored.salt.length < SALT_BYTES;
    }

    /** The one place that runs Argon2id; package-private so that a test spy can count calls and parameters. */
    byte[] derive(String password, byte[] salt, Argon2Params cost, int version, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(version)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .withBlockPool(blocks)
                .build();
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[length];
        // The permit covers init too: the generator allocates its memory blocks there.
        DERIVATIONS.acquireUninterruptibly();
        try {
            run(parameters, secret, out);
        } finally {
            DERIVATIONS.release();
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }

    /** The derivation itself, under a permit; a test spy counts how many run at once. */
    void run(Argon2Parameters parameters, byte[] secret, byte[] out) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        generator.generateBytes(secret, out);
    }

    /** How many derivations may run at once in this JVM: one per core. */
    static int concurrentDerivations() {
        return CONCURRENT_DERIVATIONS;
    }

    /** The derivations running and waiting now, in the whole JVM (the permits are shared). */
    static HashingPool.Load load() {
        return new HashingPool.Load(CONCURRENT_DERIVATIONS, CONCURRENT_DERIVATIONS - DERIVATIONS.availablePermits(),
                DERIVATIONS.getQueueLength());
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String encode(Argon2Params p, int version, byte[] salt, byte[] hash) {
        return "$argon2id$v=" + version + "$m=" + p.memoryKib() + ",t=" + p.iterations() + ",p=" + p.parallelism()
                + '$' + BASE64.encodeToString(salt) + '$' + BASE64.encodeToString(hash);
    }

    /** A parsed PHC string. Messages never quote the string: it is half of what an attacker needs offline. */
    private static final class Phc {
        final int version;
        final Argon2Params params;
        final byte[] salt;
        final byte[] hash;

        private Phc(int version, Argon2Params params, byte[] salt, byte[] hash) {
            this.version = version;
            this.params = params;
            this.salt = salt;
            this.hash = hash;
        }

        static Phc parse(String phc) {
            Matcher m = phc == null ? null : PHC.matcher(phc);
            if (m == null || !m.matches()) {
                throw new IllegalArgumentException("not an argon2id PHC string");
            }
            // The reference implementation writes no v= for the original 1.0 (0x10) algorithm.
            int version = m.group(1) == null ? VERSION_16 : Integer.parseInt(m.group(1));
            if (version != VERSION_19 && version != VERSION_16) {
                throw new IllegalArgumentException("unsupported argon2 version " + version);
            }
            long memory = Long.parseLong(m.group(2));
            long iterations = Long.parseLong(m.group(3));
            int parallelism = Integer.parseInt(m.group(4));
            if (memory > MAX_MEMORY_KIB || iterations > MAX_ITERATIONS || parallelism > MAX_PARALLELISM) {
                throw new IllegalArgumentException("argon2 parameters out of bounds");
            }
            Argon2Params params = new Argon2Params((int) memory, (int) iterations, parallelism);
            return new Phc(version, params, decode(m.group(5)), decode(m.group(6)));
        }

        private static byte[] decode(String text) {
            try {
                return BASE64_DECODER.decode(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad base64 in argon2 PHC string");
            }
        }
    }
}
