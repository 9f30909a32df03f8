package org.authgate.web.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Test-only: turns {@link SwitchableAdminSecondFactor} on or off, or back to the configuration. */
@Path("/test-support/admin-second-factor")
@RequestScoped
public class TestAdminSecondFactorResource {

    /** @param required true, false, or absent for the configured value */
    @POST
    public Response set(@QueryParam("required") Boolean required) {
        SwitchableAdminSecondFactor.set(required);
        return Response.noContent().build();
    }
}
