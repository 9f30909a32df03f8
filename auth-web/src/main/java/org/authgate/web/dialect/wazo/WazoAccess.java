package org.authgate.web.dialect.wazo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Predicate;
import org.authgate.core.session.Dialect;
import org.authgate.web.usecase.CallerSession;

/**
 * Who may call Wazo's protected endpoints: the {@code X-Auth-Token}'s owner, when the ACL of its roles as they are now
 * (not as they were at the login) grants the endpoint's access. wazo's services answer 401 "Unauthorized" for a bad
 * token and for a missing access alike.
 */
@ApplicationScoped
public class WazoAccess {
    static final Dialect WAZO = new Dialect("wazo");
    static final String UNAUTHORIZED = "Unauthorized";

    @Inject
    WazoMapper mapper;

    /** The rule for an endpoint that needs {@code required} ({@code me} in it stands for the owner). */
    Predicate<CallerSession.Owner> granted(String required) {
        return owner -> WazoAcl.grants(mapper.aclOf(owner.session()), required,
                owner.session().subject().toString());
    }

    /** The token of a protected call, stripped; a missing one is refused before anything is looked up. */
    static String token(String authToken) {
        if (authToken == null || authToken.isBlank()) {
            throw new WazoRefusal(401, UNAUTHORIZED);
        }
        return authToken.strip();
    }

    /** Every refusal of a protected call, whatever its reason. */
    static WazoRefusal refused(CallerSession.Refusal why) {
        return new WazoRefusal(401, UNAUTHORIZED);
    }
}
