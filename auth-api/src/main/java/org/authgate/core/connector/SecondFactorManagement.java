package org.authgate.core.connector;

import org.authgate.core.account.Account;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.audit.Actor;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;

/**
 * Capability: the connector keeps a TOTP second factor for its accounts, enrolled in two steps ({@link #beginTotp}
 * stores a secret, {@link #confirmTotp} switches it on once the user proved their app has it) and removable. Runs
 * inside the caller's transaction; the use cases add what holds for every connector (the step-up password, ending
 * the other sessions, who may act on whose account).
 */
public interface SecondFactorManagement {

    /**
     * What the user puts into their authenticator app. Holds a secret: never log it.
     *
     * @param otpauthUri the {@code otpauth://totp/...} key URI, for a QR code
     */
    record PendingTotp(String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "PendingTotp[secret=***]";
        }
    }

    /** True when logins of {@code subject} need a second factor now; false for an unknown account. */
    boolean hasSecondFactor(SubjectId subject);

    /**
     * Stores a new secret, not yet enabled; beginning again replaces a secret that was never confirmed.
     *
     * @throws AccountRefusal NOT_FOUND, or INVALID when TOTP is already on
     */
    PendingTotp beginTotp(SubjectId subject);

    /**
     * Enables TOTP when {@code code} is valid for the pending secret; the code is then spent, as after a login.
     *
     * @return false for a wrong code (nothing changes)
     * @throws AccountRefusal NOT_FOUND, or INVALID when no enrolment was begun or TOTP is already on
     */
    boolean confirmTotp(SubjectId subject, String code, Dialect dialect, ClientInfo client);

    /** Removes the account's TOTP (a lost phone); the user may enrol again. @throws AccountRefusal NOT_FOUND */
    Account removeTotp(Actor actor, SubjectId subject);
}
