package org.authgate.connectors.local;

import java.util.Objects;

/**
 * What a new password must be: long enough, not so long that hashing it becomes a denial of service, and not one of
 * the passwords attackers try first. No composition rules, following NIST SP 800-63B: they make passwords harder to
 * remember, not to guess.
 */
final class PasswordPolicy {

    /** Why a password is refused, or that it is not. */
    enum Verdict {
        ACCEPTED,
        LENGTH,
        COMMON
    }

    private final int minLength;
    private final CommonPasswords common;

    PasswordPolicy(int minLength, CommonPasswords common) {
        if (minLength < 1 || minLength > LocalConnectorConfig.PASSWORD_MAX_LENGTH) {
            throw new IllegalArgumentException("minimum password length out of range");
        }
        this.minLength = minLength;
        this.common = Objects.requireNonNull(common);
    }

    /** The configured minimum length and zxcvbn's list of common passwords. */
    static PasswordPolicy of(LocalConnectorConfig config) {
        return new PasswordPolicy(config.passwordMinLength(), CommonPasswords.frequencyList());
    }

    int minLength() {
        return minLength;
    }

    boolean accepts(String password) {
        return judge(password) == Verdict.ACCEPTED;
    }

    Verdict judge(String password) {
        if (password == null || password.isBlank()) {
            return Verdict.LENGTH;
        }
        // Counted in code points so that an emoji or a CJK character counts as one character, as the user sees it.
        int length = password.codePointCount(0, password.length());
        if (length < minLength || length > LocalConnectorConfig.PASSWORD_MAX_LENGTH) {
            return Verdict.LENGTH;
        }
        return common.contains(password) ? Verdict.COMMON : Verdict.ACCEPTED;
    }

    /** The refusal as a user reads it; says nothing for an accepted password. */
    String explain(Verdict verdict) {
        return switch (verdict) {
            case ACCEPTED -> "";
            case LENGTH -> "a password is " + minLength + " to " + LocalConnectorConfig.PASSWORD_MAX_LENGTH
                    + " characters long";
            case COMMON -> "this password is one of the most common passwords; choose another";
        };
    }
}
