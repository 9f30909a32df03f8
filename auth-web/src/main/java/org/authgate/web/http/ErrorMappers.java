package org.authgate.web.http;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.authgate.core.InvalidRequest;

/**
 * Every failure becomes a problem document: client mistakes get their 4xx with a clear detail, and a
 * bug gets a bare 500 whose incident id links the response to the server log. No stack trace, no
 * exception message from a library ever reaches a client.
 */
public final class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    @Provider
    public static class ProblemMapper implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return e.problem().toResponse();
        }
    }

    @Provider
    public static class InvalidRequestMapper implements ExceptionMapper<InvalidRequest> {
        @Override
        public Response toResponse(InvalidRequest e) {
            ProblemType type = switch (e.kind()) {
                case UNKNOWN_CONNECTOR, CONNECTOR_DISABLED -> ProblemType.UNKNOWN_CONNECTOR;
                case LIFETIME_TOO_LONG -> ProblemType.LIFETIME_TOO_LONG;
                case INVALID_LIFETIME -> ProblemType.INVALID_LIFETIME;
                case NOT_SUPPORTED -> ProblemType.NOT_SUPPORTED;
                case INVALID_ARGUMENT -> ProblemType.BAD_REQUEST;
            };
            return Problem.of(type, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class AccountMapper implements ExceptionMapper<org.authgate.connectors.local.AccountException> {
        @Override
        public Response toResponse(org.authgate.connectors.local.AccountException e) {
            ProblemType type = switch (e.kind()) {
                case DUPLICATE_USERNAME, DUPLICATE_EMAIL -> ProblemType.CONFLICT;
                case NOT_FOUND -> ProblemType.NOT_FOUND;
                case WEAK_PASSWORD -> ProblemType.WEAK_PASSWORD;
                case INVALID -> ProblemType.BAD_REQUEST;
            };
            return Problem.of(type, e.getMessage()).toResponse();
        }
    }

    /** JSON-B could not bind the body: broken JSON or a value of the wrong type. */
    @Provider
    public static class JsonbMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.of(ProblemType.MALFORMED_JSON, "the request body is not valid JSON for this operation")
                    .toResponse();
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BodySizeLimit.TooLarge) {
                    return Problem.of(ProblemType.PAYLOAD_TOO_LARGE, t.getMessage()).toResponse();
                }
            }
            return Problem.of(ProblemType.MALFORMED_JSON, "the request body could not be read").toResponse();
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BodySizeLimit.TooLarge) {
                    return Problem.of(ProblemType.PAYLOAD_TOO_LARGE, t.getMessage()).toResponse();
                }
                if (t instanceof JsonbException) {
                    return Problem.of(ProblemType.MALFORMED_JSON,
                            "the request body is not valid JSON for this operation").toResponse();
                }
            }
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (e instanceof NotFoundException) {
                return Problem.of(ProblemType.NOT_FOUND, "no such resource").toResponse();
            }
            if (e instanceof NotAllowedException) {
                Response problem = Problem.of(ProblemType.METHOD_NOT_ALLOWED, "this method is not allowed here")
                        .toResponse();
                return Response.fromResponse(problem).allow(e.getResponse().getAllowedMethods()).build();
            }
            if (e instanceof NotSupportedException) {
                return Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send application/json").toResponse();
            }
            if (e instanceof NotAcceptableException) {
                return Problem.of(ProblemType.NOT_ACCEPTABLE, "this resource answers application/json").toResponse();
            }
            if (status >= 500) {
                return incident(e);
            }
            return new Problem(ProblemType.BAD_REQUEST.uri(), statusTitle(status), status, "the request was refused")
                    .toResponse();
        }

        private static String statusTitle(int status) {
            Response.Status known = Response.Status.fromStatusCode(status);
            return known == null ? "Client error" : known.getReasonPhrase();
        }
    }

    @Provider
    public static class CatchAllMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return incident(e);
        }
    }

    static Response incident(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return Problem.of(ProblemType.INTERNAL, "incident " + incident).toResponse();
    }
}
