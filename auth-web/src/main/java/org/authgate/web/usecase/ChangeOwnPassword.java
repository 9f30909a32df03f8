package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.authgate.core.identity.Identity;
import org.authgate.core.login.PasswordChangeService;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionVerification;
import org.authgate.core.login.OtherSessions;

/**
 * The owner of an access token changes its password, proving the current one, in the unit that verifies the token
 * (the native API and the dialects alike); the owner's other sessions end unless the caller keeps them. A resource that
 * verified the token itself first would make two units of one change.
 */
@ApplicationScoped
public class ChangeOwnPassword {

    @Inject
    CallerSession callers;

    @Inject
    PasswordChangeService passwords;

    @Inject
    SessionVerification sessions;

    /** The change's result and, when it changed, the owner's identity as it is now. */
    public record Changed(PasswordChangeService.Result result, Identity identity) {
    }

    /**
     * @param allowed whether this session may change its password here (a platform's own rule: the strategy or the
     *                user named in the request); when not, {@code refuse} gets {@link CallerSession.Refusal#FORBIDDEN}
     */
    public Changed change(String accessToken, Dialect dialect, Predicate<Session> allowed, String former,
                          String replacement, OtherSessions others, ClientInfo client,
                          Function<CallerSession.Refusal, ? extends RuntimeException> refuse) {
        Optional<Changed> changed = callers.act(accessToken, dialect, session -> {
            if (!allowed.test(session)) {
                return Optional.<Changed>empty();
            }
            PasswordChangeService.Result result = passwords.change(session, former, replacement, others, client,
                    dialect);
            return Optional.of(new Changed(result,
                    result == PasswordChangeService.Result.CHANGED ? sessions.identityOf(session) : null));
        }, refuse);
        // the unit committed; a session that may not change it here is refused only now
        return changed.orElseThrow(() -> refuse.apply(CallerSession.Refusal.FORBIDDEN));
    }
}
