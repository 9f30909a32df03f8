package org.authgate.core.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM keys, each with an id. The last key seals; every key opens what it sealed, so a key is
 * rotated by adding a new one at the end (the stored secrets are then sealed again at start-up) and, once
 * nothing names the old one, removing it. Each secret is bound to where it is stored (the {@code context},
 * e.g. the table, column and row id, as GCM associated data), so a ciphertext copied into another row
 * does not open there.
 */
public final class SecretKeyRing {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys;
    private final String current;

    private SecretKeyRing(Map<String, SecretKey> keys, String current) {
        this.keys = keys;
        this.current = current;
    }

    /**
     * A ring from entries {@code id:base64} or a bare {@code base64} (whose id is then derived from the key:
     * the same key always gets the same id), in order: the last seals.
     *
     * @param source names the setting the entries came from, for error messages
     */
    public static SecretKeyRing of(List<String> entries, String source) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String last = null;
        for (String entry : entries) {
            String e = entry.strip();
            if (e.isEmpty() || e.startsWith("#")) {
                continue;
            }
            int colon = e.indexOf(':');
            byte[] raw = decode(colon < 0 ? e : e.substring(colon + 1).strip(), source);
            String id = colon < 0 ? derivedId(raw) : e.substring(0, colon).strip();
            if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new SecretsUnavailable(source + ": a key id must be 1-64 letters, digits, '.', '_' or '-'");
            }
            if (keys.containsKey(id)) {
                throw new SecretsUnavailable(source + ": the key id " + id + " is given twice");
            }
            keys.put(id, new SecretKeySpec(raw, "AES"));
            Arrays.fill(raw, (byte) 0);
            last = id;
        }
        if (last == null) {
            throw new SecretsUnavailable("no secrets key is configured. authgate stores JWT signing keys and TOTP"
                    + " secrets encrypted with a key kept outside the database: set AUTHGATE_SECRETS_KEY (base64 of 32"
                    + " random bytes, e.g. `openssl rand -base64 32`), authgate.secrets.keys (id:base64,...) or"
                    + " authgate.secrets.key-file (a file with one key per line)");
        }
        return new SecretKeyRing(Collections.unmodifiableMap(keys), last); // in order, for the log
    }

    private static byte[] decode(String base64, String source) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new SecretsUnavailable(source + ": a secrets key is not valid base64");
        }
        if (raw.length != KEY_BYTES) {
            throw new SecretsUnavailable(source + ": a secrets key must be 32 bytes (256 bits), base64-encoded; one has "
                    + raw.length);
        }
        return raw;
    }

    /** A stable id for a key given without one: a short hash that identifies it and tells nothing of it. */
    private static String derivedId(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("authgate secrets key id\0".getBytes(StandardCharsets.UTF_8));
            return "k-" + HexFormat.of().formatHex(sha.digest(key), 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of the key that seals. */
    public String currentKeyId() {
        return current;
    }

    public boolean knows(String keyId) {
        return keys.containsKey(keyId);
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    public Sealed seal(byte[] plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return new Sealed(current, out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public byte[] open(Sealed sealed, String context) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new SecretsUnavailable("a stored secret (" + context + ") is sealed with the secrets key "
                    + sealed.keyId() + ", which is not configured; configured: " + keys.keySet());
        }
        byte[] bytes = sealed.bytes();
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SecretsUnavailable("a stored secret (" + context + ") is too short to be sealed");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SecretsUnavailable("a stored secret (" + context + ") does not open with the secrets key "
                    + sealed.keyId() + ": the key or the stored bytes changed");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Text secrets (a TOTP secret's base32) in and out. */
    public Sealed sealText(String plaintext, String context) {
        return seal(plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    public String openText(Sealed sealed, String context) {
        return new String(open(sealed, context), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SecretKeyRing" + keys.keySet() + ", sealing with " + current;
    }
}
