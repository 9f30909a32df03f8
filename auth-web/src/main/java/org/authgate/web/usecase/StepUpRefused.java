package org.authgate.web.usecase;

import java.util.Objects;
import org.authgate.core.login.PasswordConfirmation;

/**
 * A change of one's own account that needs the current password again was refused: the password was wrong, the
 * account is locked out, or its connector cannot check a password. The wrong password's lockout count and audit record
 * were committed; the change was not made. Each surface words it (the native API as its {@code wrong-password} or
 * {@code not-supported} problem, never telling a lockout apart from a wrong password).
 */
public final class StepUpRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final PasswordConfirmation.Result result;

    StepUpRefused(PasswordConfirmation.Result result) {
        super("step-up refused: " + result, null, false, false);
        this.result = Objects.requireNonNull(result);
    }

    public PasswordConfirmation.Result result() {
        return result;
    }
}
