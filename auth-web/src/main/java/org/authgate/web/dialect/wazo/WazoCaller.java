package org.authgate.web.dialect.wazo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.authgate.core.identity.Identity;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionVerification;
import org.authgate.core.session.VerifyOutcome;
import org.authgate.web.core.Gateway;

/**
 * Wazo's protected endpoints: the {@code X-Auth-Token} must be valid and its ACL must grant the
 * endpoint's access; then the work runs, all in one {@link Gateway} unit of work. wazo's services answer
 * 401 "Unauthorized" for a bad token and for a missing access alike.
 */
@ApplicationScoped
public class WazoCaller {
    static final Dialect WAZO = new Dialect("wazo");

    @Inject
    Gateway gateway;

    @Inject
    SessionVerification sessions;

    @Inject
    WazoMapper mapper;

    /**
     * @param requiredAcl the access the endpoint needs, given the caller's session (for {@code me} paths)
     */
    <T> T run(String token, Function<Session, String> requiredAcl, Function<Session, T> work) {
        if (token == null || token.isBlank()) {
            throw new WazoRefusal(401, "Unauthorized");
        }
        return gateway.run(() -> {
            VerifyOutcome verified = sessions.verify(token.strip(), WAZO);
            if (!(verified instanceof VerifyOutcome.Valid valid)) {
                throw new WazoRefusal(401, "Unauthorized");
            }
            // The ACL of the owner's roles as they are now, not as they were at the login.
            Identity owner = sessions.identityOf(valid.session());
            if (owner.banned()) {
                throw new WazoRefusal(401, "Unauthorized");
            }
            Session caller = valid.session().withRoles(owner.roles());
            if (!WazoAcl.grants(mapper.aclOf(caller), requiredAcl.apply(caller), caller.subject().toString())) {
                throw new WazoRefusal(401, "Unauthorized");
            }
            return work.apply(caller);
        });
    }
}
