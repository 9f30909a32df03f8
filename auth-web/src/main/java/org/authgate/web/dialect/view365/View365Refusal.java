package org.authgate.web.dialect.view365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.authgate.web.dialect.DialectRefusal;

/** A request the dialect answers with 365View's status and message. */
final class View365Refusal extends DialectRefusal {

    View365Refusal(int status, String message) {
        super(status, message);
    }

    /** 365View's documented answer to a failed login: 500 and a message. */
    static View365Refusal loginFailed(String why) {
        return new View365Refusal(500, "Login failed: " + why);
    }

    static View365Refusal badRequest(String message) {
        return new View365Refusal(400, message);
    }

    @Provider
    @ApplicationScoped
    public static class Mapper implements ExceptionMapper<View365Refusal> {
        @Override
        public Response toResponse(View365Refusal e) {
            return View365Errors.response(e.status(), e.getMessage());
        }
    }
}
