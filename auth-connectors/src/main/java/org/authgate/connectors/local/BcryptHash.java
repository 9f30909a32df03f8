package org.authgate.connectors.local;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * A bcrypt hash ({@code $2a$}, {@code $2b$} or {@code $2y$}, cost, 22 characters of salt and 31 of hash in bcrypt's
 * base64), verified by Bouncy Castle's {@link OpenBSDBCrypt}, which compares in constant time. The password goes in
 * as UTF-8 bytes, of which bcrypt reads the first 72, as PHP's {@code password_verify} does.
 */
record BcryptHash(String value, int cost) implements ForeignHash {
    private static final Pattern FORMAT = Pattern.compile("\\$2[aby]\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");
    // Cost 16 takes seconds already; a higher one in a stored value is a denial of service, not a real hash.
    private static final int MAX_COST = 16;

    static BcryptHash parse(String stored) {
        Matcher m = FORMAT.matcher(stored);
        if (!m.matches()) {
            throw new IllegalArgumentException("malformed bcrypt hash");
        }
        int cost = Integer.parseInt(m.group(1));
        if (cost < 4 || cost > MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost out of bounds");
        }
        return new BcryptHash(stored, cost);
    }

    @Override
    public boolean matches(String password) {
        return OpenBSDBCrypt.checkPassword(value, password.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "BcryptHash[cost " + cost + "]";
    }
}
