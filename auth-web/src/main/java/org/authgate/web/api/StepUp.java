package org.authgate.web.api;

import java.util.function.Supplier;
import org.authgate.web.http.ProblemException;
import org.authgate.web.http.ProblemType;
import org.authgate.web.usecase.StepUpRefused;

/**
 * How the native API words a refused step-up (a sensitive change of the caller's own account that needs the current
 * password again; the use case checks it in one transaction with the change): a lockout answers exactly like a wrong
 * password, so that the answer does not tell an attacker the account is locked.
 */
final class StepUp {
    private StepUp() {
    }

    /** Runs the one use-case call, turning its refusal into the API's problem. */
    static <T> T answer(Supplier<T> call) {
        try {
            return call.get();
        } catch (StepUpRefused e) {
            throw switch (e.result()) {
                case WRONG_PASSWORD, LOCKED, CONFIRMED -> new ProblemException(ProblemType.WRONG_PASSWORD,
                        "the current password is wrong");
                case NOT_SUPPORTED -> new ProblemException(ProblemType.NOT_SUPPORTED,
                        "this session's connector cannot confirm a password");
            };
        }
    }
}
