package org.authgate.web.dialect.oneentry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.authgate.web.dialect.DialectRefusal;

/** A request the dialect answers with one of OneEntry's errors; carries no stack (never shown anyway). */
final class OneEntryRefusal extends DialectRefusal {

    OneEntryRefusal(int status, String message) {
        super(status, message);
    }

    static OneEntryRefusal badRequest(String message) {
        return new OneEntryRefusal(400, message);
    }

    static OneEntryRefusal unauthorized(String message) {
        return new OneEntryRefusal(401, message);
    }

    static OneEntryRefusal notFound(String message) {
        return new OneEntryRefusal(404, message);
    }

    @Provider
    @ApplicationScoped
    public static class Mapper implements ExceptionMapper<OneEntryRefusal> {
        @Inject
        OneEntryErrors errors;

        @Override
        public Response toResponse(OneEntryRefusal e) {
            return errors.response(e.status(), e.getMessage());
        }
    }
}
