package org.authgate.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.authgate.core.login.PasswordConfirmation;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.Session;
import org.authgate.web.core.Gateway;
import org.authgate.web.http.ProblemException;
import org.authgate.web.http.ProblemType;

/**
 * Runs a sensitive change of the caller's own account only once they typed their current password again, in one
 * transaction with the check (a wrong password commits its lockout count and audit record, and changes nothing).
 */
@ApplicationScoped
public class StepUp {

    @Inject
    Gateway gateway;

    @Inject
    PasswordConfirmation confirmation;

    private record Checked<T>(PasswordConfirmation.Result result, T value) {
    }

    /**
     * @param purpose names the change in the audit record of a refusal, e.g. {@code TOTP_ENROLMENT}
     * @throws ProblemException WRONG_PASSWORD (also when locked out: the answer must not tell), NOT_SUPPORTED
     */
    public <T> T run(Session session, String password, String purpose, ClientInfo client, Supplier<T> change) {
        Checked<T> checked = gateway.run(() -> {
            PasswordConfirmation.Result result = confirmation.confirm(session, password, purpose, client,
                    Dialect.NATIVE);
            return new Checked<>(result, result == PasswordConfirmation.Result.CONFIRMED ? change.get() : null);
        });
        return switch (checked.result()) {
            case CONFIRMED -> checked.value();
            case WRONG_PASSWORD, LOCKED -> throw new ProblemException(ProblemType.WRONG_PASSWORD,
                    "the current password is wrong");
            case NOT_SUPPORTED -> throw new ProblemException(ProblemType.NOT_SUPPORTED,
                    "this session's connector cannot confirm a password");
        };
    }
}
