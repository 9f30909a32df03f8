package org.authgate.connectors.local;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords that attackers try first. A new password found here is refused whatever its length: NIST SP 800-63B
 * asks verifiers to compare new secrets against values "known to be commonly-used, expected, or compromised".
 */
@FunctionalInterface
public interface CommonPasswords {

    /** Whether {@code password} is on the list; compared without case, as the lists are lower case. */
    boolean contains(String password);

    /** Nothing is common: for tools and tests that check only the length. */
    CommonPasswords NONE = password -> false;

    /**
     * The 30,000 most frequent passwords of zxcvbn's frequency list (leaked password corpora, as shipped by the
     * maintained {@code com.nulab-inc:zxcvbn} artifact), read once per class loader.
     */
    static CommonPasswords frequencyList() {
        return ZxcvbnPasswordList.INSTANCE;
    }

    /** A fixed list, lower-cased. */
    static CommonPasswords of(Set<String> passwords) {
        Set<String> lower = new HashSet<>();
        passwords.forEach(p -> lower.add(p.toLowerCase(Locale.ROOT)));
        return password -> password != null && lower.contains(password.toLowerCase(Locale.ROOT));
    }
}
