package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.VerifyOutcome;
import org.authgate.web.core.CoreSettings;
import org.authgate.web.http.Problem;
import org.authgate.web.http.ProblemType;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.CallerSession;

/**
 * Who may introspect (RFC 7662 §2.1: the endpoint must not tell anyone whether a token is live): a
 * resource server with a configured client secret (HTTP Basic), or an administrator's bearer token.
 */
@RequestScoped
public class IntrospectionCaller {
    private static final String REALM = "realm=\"authgate\"";

    @Inject
    RequestContext request;

    @Inject
    IntrospectionClients clients;

    @Inject
    CallerSession callers;

    @Inject
    CoreSettings settings;

    /** Empty when the caller may introspect, otherwise the 401 or 403 problem to answer. */
    public Optional<Response> refusal() {
        String authorization = request.header(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).strip()) ? Optional.empty()
                    : Optional.of(unauthorized("the client id or secret is wrong"));
        }
        Optional<String> bearer = request.bearerToken();
        if (bearer.isEmpty()) {
            return Optional.of(unauthorized("authenticate with HTTP Basic (client id and secret) or an admin bearer token"));
        }
        if (!(callers.verify(bearer.get(), Dialect.NATIVE) instanceof VerifyOutcome.Valid valid)) {
            return Optional.of(unauthorized("the token is invalid or expired"));
        }
        if (!valid.session().roles().contains(settings.adminRole())) {
            return Optional.of(Response.fromResponse(Problem.of(ProblemType.FORBIDDEN,
                            "introspection needs the " + settings.adminRole() + " role or a client secret").toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer " + REALM + ", error=\"insufficient_scope\"").build());
        }
        return Optional.empty();
    }

    /** RFC 6749 §2.3.1: id and secret are form-encoded, then joined by ':' and base64-encoded. */
    private boolean basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        try {
            return clients.authenticates(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.of(ProblemType.INVALID_CLIENT, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic " + REALM)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer " + REALM)
                .build();
    }
}
