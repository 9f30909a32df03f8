package org.authgate.core.testing;

import java.util.Optional;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.PasswordChanger;
import org.authgate.core.connector.PasswordVerifier;
import org.authgate.core.identity.SubjectId;

/**
 * A {@link ScriptedConnector} that can also change and confirm passwords; fewer than 8 characters is too weak.
 */
public final class PasswordChangingConnector extends ScriptedConnector implements PasswordChanger, PasswordVerifier {

    public PasswordChangingConnector(ConnectorId id) {
        super(id);
    }

    @Override
    public boolean verifyPassword(SubjectId subject, String password) {
        return userBySubject(subject).map(u -> u.password.equals(password)).orElse(false);
    }

    @Override
    public Result changePassword(SubjectId subject, String former, String replacement) {
        Optional<User> user = userBySubject(subject);
        if (user.isEmpty()) {
            return Result.UNKNOWN_USER;
        }
        if (!user.get().password.equals(former)) {
            return Result.WRONG_FORMER_PASSWORD;
        }
        if (replacement == null || replacement.length() < 8) {
            return Result.TOO_WEAK;
        }
        user.get().password = replacement;
        return Result.CHANGED;
    }
}
