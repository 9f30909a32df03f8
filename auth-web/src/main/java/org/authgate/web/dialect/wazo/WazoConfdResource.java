package org.authgate.web.dialect.wazo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.authgate.core.identity.Identity;
import org.authgate.web.usecase.CallerSession;

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
    CallerSession callers;

    @Inject
    WazoAccess access;

    @Inject
    WazoMapper mapper;

    @GET
    @Path("/users/{user_uuid}")
    public WazoWire.WazoConfdUser user(@HeaderParam("X-Auth-Token") String authToken,
                                       @PathParam("user_uuid") String userUuid) {
        Identity owner = callers.actAsOwner(WazoAccess.token(authToken), WazoAccess.WAZO,
                access.granted("confd.users." + userUuid + ".read"), CallerSession.Owner::identity,
                WazoAccess::refused);
        if (!userUuid.equals("me") && !userUuid.equals(owner.subject().toString())) {
            throw new WazoRefusal(404, "Resource Not Found - User was not found");
        }
        return mapper.confdUser(owner);
    }

    @GET
    @Path("/infos")
    public WazoWire.WazoInfos infos(@HeaderParam("X-Auth-Token") String authToken) {
        callers.actAsOwner(WazoAccess.token(authToken), WazoAccess.WAZO, access.granted("confd.infos.read"),
                CallerSession.Owner::identity, WazoAccess::refused);
        return mapper.infos();
    }
}
