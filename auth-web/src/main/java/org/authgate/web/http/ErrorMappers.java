package org.authgate.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.authgate.core.DatabaseOutage;
import org.authgate.core.InvalidRequest;
import org.authgate.core.account.AccountRefusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every failure becomes an error in the format of whoever owns the path: a problem document for the
 * native API, the platform's own body for a dialect ({@link DialectErrors}). Client mistakes get their
 * 4xx with a clear detail; a bug gets a bare 500 whose incident id links the response to the server
 * log ({@link IncidentLog}). A failure caused by the database being out of reach ({@link DatabaseOutage}) is
 * a 503 with {@code Retry-After}, in the owner's format too. No stack trace and no library's exception
 * message ever reaches a client.
 */
public final class ErrorMappers {
    private ErrorMappers() {
    }

    /** Picks the renderer for the current request's path. */
    @ApplicationScoped
    public static class Responder {
        @Inject
        @Any
        Instance<DialectErrors> dialects;

        @Inject
        IncidentLog incidents;

        /** What a 503 tells the client to wait before trying again. */
        @Inject
        @ConfigProperty(name = "authgate.http.retry-after-seconds")
        int retryAfterSeconds;

        Response respond(UriInfo uri, ProblemType type, String detail) {
            return respond(CanonicalPath.ownerPath(pathOf(uri)), type, detail);
        }

        /** The failure in the format of whoever owns {@code path} (canonical, starting with '/'); a 503 says when to retry. */
        Response respond(String path, ProblemType type, String detail) {
            Response answer = render(path, type, detail);
            return type == ProblemType.UNAVAILABLE
                    ? Response.fromResponse(answer).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build()
                    : answer;
        }

        private Response render(String path, ProblemType type, String detail) {
            for (DialectErrors dialect : dialects) {
                if (dialect.owns(path)) {
                    return dialect.render(type, detail);
                }
            }
            return Problem.of(type, detail).toResponse();
        }

        /** An unexpected failure: logged as an incident, a 503 when the database is out of reach, else a 500. */
        Response incident(UriInfo uri, String route, Throwable e) {
            String incident = incidents.record(e, route, uri == null ? null : uri.getPath(false));
            return DatabaseOutage.isCauseOf(e)
                    ? respond(uri, ProblemType.UNAVAILABLE, "the database is unavailable; retry later (incident "
                            + incident + ")")
                    : respond(uri, ProblemType.INTERNAL, "incident " + incident);
        }

        private static String pathOf(UriInfo uri) {
            return uri == null ? "/" : CanonicalPath.requestPath(uri);
        }
    }

    /** Base of the mappers: the request's URI and the responder. */
    abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        UriInfo uri;

        @Context
        Request request;

        @Context
        ResourceInfo resource;

        @Inject
        Responder responder;

        Response respond(ProblemType type, String detail) {
            return responder.respond(uri, type, detail);
        }

        Response incident(Throwable e) {
            return responder.incident(uri, route(), e);
        }

        /** The HTTP method and the resource method that matched: never the path, which may carry a token. */
        private String route() {
            Method method = resource == null ? null : resource.getResourceMethod();
            String verb = request == null ? "?" : request.getMethod();
            return verb + " " + (method == null ? "(no resource matched)"
                    : method.getDeclaringClass().getSimpleName() + "#" + method.getName());
        }
    }

    /** Thrown by the native API's resources: already a problem document. */
    @Provider
    @ApplicationScoped
    public static class ProblemMapper implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return e.problem().toResponse();
        }
    }

    @Provider
    @ApplicationScoped
    public static class InvalidRequestMapper extends Base<InvalidRequest> {
        @Override
        public Response toResponse(InvalidRequest e) {
            ProblemType type = switch (e.kind()) {
                case UNKNOWN_CONNECTOR, CONNECTOR_DISABLED -> ProblemType.UNKNOWN_CONNECTOR;
                case LIFETIME_TOO_LONG -> ProblemType.LIFETIME_TOO_LONG;
                case INVALID_LIFETIME -> ProblemType.INVALID_LIFETIME;
                case NOT_SUPPORTED -> ProblemType.NOT_SUPPORTED;
                case INVALID_ARGUMENT -> ProblemType.BAD_REQUEST;
            };
            return respond(type, e.getMessage());
        }
    }

    /**
     * An account administration refused by the core or by whichever connector keeps the account. A connector that
     * cannot do it at all is 400 not-supported, as for a session's connector that cannot change a password: the
     * client asked for something this deployment does not offer (not 501, which would blame the server; not 409,
     * which would suggest another state of the account could succeed).
     */
    @Provider
    @ApplicationScoped
    public static class AccountMapper extends Base<AccountRefusal> {
        @Override
        public Response toResponse(AccountRefusal e) {
            ProblemType type = switch (e.kind()) {
                case DUPLICATE_USERNAME, DUPLICATE_EMAIL -> ProblemType.CONFLICT;
                case NOT_FOUND -> ProblemType.NOT_FOUND;
                case WEAK_PASSWORD -> ProblemType.WEAK_PASSWORD;
                case INVALID -> ProblemType.BAD_REQUEST;
                case NOT_SUPPORTED -> ProblemType.NOT_SUPPORTED;
                case OWN_ACCOUNT -> ProblemType.FORBIDDEN;
            };
            return respond(type, e.getMessage());
        }
    }

    /** JSON-B could not bind the body: broken JSON or a value of the wrong type. */
    @Provider
    @ApplicationScoped
    public static class JsonbMapper extends Base<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return respond(ProblemType.MALFORMED_JSON, "the request body is not valid JSON for this operation");
        }
    }

    @Provider
    @ApplicationScoped
    public static class UnreadableBodyMapper extends Base<RequestBodyGuard.UnreadableBody> {
        @Override
        public Response toResponse(RequestBodyGuard.UnreadableBody e) {
            return respond(e.type(), e.getMessage());
        }
    }

    @Provider
    @ApplicationScoped
    public static class ProcessingMapper extends Base<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof RequestBodyGuard.UnreadableBody unreadable) {
                    return respond(unreadable.type(), unreadable.getMessage());
                }
            }
            if (causedBy(e, RequestBodyGuard.TooLarge.class)) {
                return respond(ProblemType.PAYLOAD_TOO_LARGE, "the request body is too large");
            }
            return respond(ProblemType.MALFORMED_JSON, "the request body could not be read");
        }
    }

    @Provider
    @ApplicationScoped
    public static class WebApplicationMapper extends Base<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (causedBy(e, RequestBodyGuard.TooLarge.class)) {
                return respond(ProblemType.PAYLOAD_TOO_LARGE, "the request body is too large");
            }
            if (causedBy(e, JsonbException.class)) {
                return respond(ProblemType.MALFORMED_JSON, "the request body is not valid JSON for this operation");
            }
            if (e instanceof NotFoundException) {
                return respond(ProblemType.NOT_FOUND, "no such resource");
            }
            if (e instanceof NotAllowedException) {
                Response answer = respond(ProblemType.METHOD_NOT_ALLOWED, "this method is not allowed here");
                return Response.fromResponse(answer).allow(e.getResponse().getAllowedMethods()).build();
            }
            if (e instanceof NotSupportedException) {
                return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send application/json");
            }
            if (e instanceof NotAcceptableException) {
                return respond(ProblemType.NOT_ACCEPTABLE, "this resource answers application/json");
            }
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500) {
                return incident(e);
            }
            return respond(ProblemType.BAD_REQUEST, "the request was refused");
        }
    }

    @Provider
    @ApplicationScoped
    public static class CatchAllMapper extends Base<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return incident(e);
        }
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
