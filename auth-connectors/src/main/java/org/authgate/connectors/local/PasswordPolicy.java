package org.authgate.connectors.local;

/**
 * What a new password must be: long enough, and not so long that hashing it becomes a denial of service. No
 * composition rules, following NIST SP 800-63B: they make passwords harder to remember, not to guess.
 */
final class PasswordPolicy {
    private final int minLength;

    PasswordPolicy(int minLength) {
        if (minLength < 1 || minLength > LocalConnectorConfig.PASSWORD_MAX_LENGTH) {
            throw new IllegalArgumentException("minimum password length out of range");
        }
        this.minLength = minLength;
    }

    int minLength() {
        return minLength;
    }

    boolean accepts(String password) {
        if (password == null || password.isBlank()) {
            return false;
        }
        // Counted in code points so that an emoji or a CJK character counts as one character, as the user sees it.
        int length = password.codePointCount(0, password.length());
        return length >= minLength && length <= LocalConnectorConfig.PASSWORD_MAX_LENGTH;
    }
}
