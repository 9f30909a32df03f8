package org.authgate.core.connector;

import org.authgate.core.identity.SubjectId;

/**
 * Capability: the connector can check a known user's password without a login, so that a signed-in user proves
 * again who they are before a change that would let a stolen session keep the account (step-up).
 */
public interface PasswordVerifier {

    /** True when {@code password} is the current password of {@code subject}; false for an unknown subject. */
    boolean verifyPassword(SubjectId subject, String password);
}
