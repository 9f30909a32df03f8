package org.authgate.web.dialect.wazo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.authgate.core.session.SessionVerification;

/**
 * The read-only slice of wazo-confd that the SDK's login needs: the caller's own user and the stack's
 * infos. Other users and the telephony routes (lines, endpoints) are not served: Wazo's 404.
 */
@Path(WazoErrors.CONFD_PREFIX)
@WazoRoutes
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WazoConfdResource {

    @Inject
    SessionVerification sessions;

    @Inject
    WazoCaller caller;

    @Inject
    WazoMapper mapper;

    @GET
    @Path("/users/{user_uuid}")
    public WazoWire.WazoConfdUser user(@HeaderParam("X-Auth-Token") String authToken,
                                       @PathParam("user_uuid") String userUuid) {
        return caller.run(authToken, s -> "confd.users." + userUuid + ".read", s -> {
            if (!userUuid.equals("me") && !userUuid.equals(s.subject().toString())) {
                throw new WazoRefusal(404, "Resource Not Found - User was not found");
            }
            return mapper.confdUser(sessions.identityOf(s));
        });
    }

    @GET
    @Path("/infos")
    public WazoWire.WazoInfos infos(@HeaderParam("X-Auth-Token") String authToken) {
        return caller.run(authToken, s -> "confd.infos.read", s -> mapper.infos());
    }
}
