package org.authgate.web.dialect.view365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.authgate.web.dialect.PrefixErrors;
import org.authgate.web.http.CorsScope;
import org.authgate.web.http.ProblemType;

/** 365View's errors: the status and a plain-text message (its contract: "see the message for details"). */
@ApplicationScoped
public class View365Errors extends PrefixErrors {
    static final String BASE = "/login";

    @Inject
    View365Config config;

    public View365Errors() {
        super(BASE);
    }

    /** 365View's paths as a CORS scope ({@code authgate.cors.365view.*}). */
    @Produces
    @Singleton
    CorsScope cors() {
        return new CorsScope("365view", this::owns, config::enabled);
    }

    @Override
    public Response render(ProblemType type, String detail) {
        if (!config.enabled()) {
            // switched off, no path of 365View's exists: not even a 405 or 415 may tell its routes apart
            return response(404, "Not found");
        }
        return response(type.status(), type == ProblemType.INTERNAL ? "Internal error (" + detail + ")" : detail);
    }

    static Response response(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(message).build();
    }
}
