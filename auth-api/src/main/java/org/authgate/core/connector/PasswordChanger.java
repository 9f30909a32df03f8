package org.authgate.core.connector;

import org.authgate.core.identity.SubjectId;

/** Capability: the connector can change a user's password. */
public interface PasswordChanger {

    enum Result { CHANGED, WRONG_FORMER_PASSWORD, TOO_WEAK, UNKNOWN_USER }

    /** Checks {@code former} and sets {@code replacement}; clears a must-change-password flag. */
    Result changePassword(SubjectId subject, String former, String replacement);
}
