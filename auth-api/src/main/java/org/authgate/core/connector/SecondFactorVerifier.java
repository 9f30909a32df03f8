package org.authgate.core.connector;

import org.authgate.core.identity.SubjectId;

/** Capability: the connector can check a second factor (a TOTP code) for a user it authenticated. */
public interface SecondFactorVerifier {

    /** True once per valid code: a code that was already used is refused (no replay). */
    boolean verifySecondFactor(SubjectId subject, String code);
}
