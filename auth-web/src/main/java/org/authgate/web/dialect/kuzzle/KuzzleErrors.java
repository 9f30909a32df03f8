package org.authgate.web.dialect.kuzzle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import org.authgate.web.http.CorsScope;
import org.authgate.web.http.DialectErrors;
import org.authgate.web.http.JsonLimits;
import org.authgate.web.http.ProblemType;

/**
 * Failures no Kuzzle resource handled (unknown route, wrong verb, unreadable body, a bug) in Kuzzle's
 * envelope. Kuzzle's router answers a known URL with another verb like an unknown URL: 404
 * {@code network.http.url_not_found}, so there is no 405 here.
 */
@ApplicationScoped
public class KuzzleErrors implements DialectErrors {

    @Inject
    HttpServletRequest request;

    @Inject
    JsonLimits jsonLimits;

    @Inject
    KuzzleConfig config;

    @Override
    public boolean owns(String path) {
        return KuzzlePaths.owns(path);
    }

    /**
     * Kuzzle's paths as a CORS scope ({@code authgate.cors.kuzzle.*}). Its defaults are Kuzzle's own
     * ({@code http.accessControlAllowOrigin: "*"} and its allowed headers with the SDK's {@code X-Kuzzle-Volatile}),
     * without credentials: the SDK sends its token in {@code Authorization}, never in a cookie.
     */
    @Produces
    @Singleton
    CorsScope cors() {
        return new CorsScope("kuzzle", this::owns, config::enabled);
    }

    @Override
    public Response render(ProblemType type, String detail) {
        var vol = KuzzleEnvelope.volatileOrNull(request.getHeader(KuzzleEnvelope.VOLATILE_HEADER), jsonLimits);
        return switch (type) {
            case NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE ->
                    KuzzleEnvelope.error(null, null, vol, KuzzleErrorId.URL_NOT_FOUND, request.getRequestURI());
            case UNSUPPORTED_MEDIA_TYPE -> KuzzleEnvelope.error(null, null, vol, KuzzleErrorId.UNSUPPORTED_CONTENT,
                    String.valueOf(request.getContentType()));
            case MALFORMED_JSON, BAD_REQUEST, MISSING_FIELD ->
                    KuzzleEnvelope.error(null, null, vol, KuzzleErrorId.BODY_PARSE_FAILED, "invalid JSON");
            case PAYLOAD_TOO_LARGE -> KuzzleEnvelope.error(null, null, vol, KuzzleErrorId.REQUEST_TOO_LARGE);
            case UNAVAILABLE -> KuzzleEnvelope.error(null, null, vol, KuzzleErrorId.SERVICE_UNAVAILABLE, "database");
            default -> KuzzleEnvelope.error(null, null, vol, KuzzleErrorId.UNEXPECTED_ERROR,
                    type == ProblemType.INTERNAL && detail != null ? detail : type.title());
        };
    }
}
