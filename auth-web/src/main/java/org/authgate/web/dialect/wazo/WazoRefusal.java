package org.authgate.web.dialect.wazo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.authgate.web.dialect.DialectRefusal;

/** A Wazo resource refuses a request with wazo-auth's status and reason; no state has changed. */
public final class WazoRefusal extends DialectRefusal {

    WazoRefusal(int status, String reason) {
        super(status, reason);
    }

    static WazoRefusal invalidField(String field) {
        return new WazoRefusal(400, "Invalid value supplied for field: " + field);
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
