package org.authgate.web.dialect.wazo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A Wazo resource refuses a request with wazo-auth's status and reason; no state has changed. */
public final class WazoRefusal extends RuntimeException {
    private final int status;

    WazoRefusal(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    static WazoRefusal invalidField(String field) {
        return new WazoRefusal(400, "Invalid value supplied for field: " + field);
    }

    int status() {
        return status;
    }

    /** Renders a refusal as wazo-auth's error body. */
    @Provider
    @ApplicationScoped
    public static class Mapper implements ExceptionMapper<WazoRefusal> {
        @Inject
        WazoErrors errors;

        @Override
        public Response toResponse(WazoRefusal refusal) {
            return errors.error(refusal.status(), refusal.getMessage());
        }
    }
}
