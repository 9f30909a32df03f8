package org.authgate.web.dialect.view365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.authgate.web.http.DialectErrors;
import org.authgate.web.http.ProblemType;

/** 365View's errors: the status and a plain-text message (its contract: "see the message for details"). */
@ApplicationScoped
public class View365Errors implements DialectErrors {
    static final String BASE = "/login";

    @Override
    public boolean owns(String path) {
        return path.equals(BASE) || path.startsWith(BASE + "/");
    }

    @Override
    public Response render(ProblemType type, String detail) {
        return response(type.status(), type == ProblemType.INTERNAL ? "Internal error (" + detail + ")" : detail);
    }

    static Response response(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(message).build();
    }
}
