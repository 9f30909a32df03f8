package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionFilter;
import org.authgate.core.session.SessionSort;
import org.authgate.web.http.ProblemException;
import org.authgate.web.http.ProblemType;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.AdministerSessions;
import org.authgate.web.usecase.BrowseSessions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators list and revoke sessions. Every call needs a bearer token with the admin role. */
@Path("/api/v1/admin/sessions")
@RequestScoped
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSessionsResource {
    @Inject
    Caller caller;

    @Inject
    BrowseSessions browse;

    @Inject
    AdministerSessions administer;

    @Inject
    RequestContext request;

    @GET
    @Operation(summary = "Sessions, newest first, filtered and paged in the database")
    public ApiViews.Page<ApiViews.SessionView> list(@QueryParam("tenant") String tenant,
                                                   @QueryParam("subject") String subject,
                                                   @QueryParam("username") String username,
                                                   @QueryParam("connector") String connector,
                                                   @QueryParam("dialect") String dialect,
                                                   @QueryParam("clientId") String clientId,
                                                   @QueryParam("state") String state,
                                                   @QueryParam("from") String from,
                                                   @QueryParam("to") String to,
                                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                                   @QueryParam("limit") @DefaultValue("50") int limit) {
        caller.admin();
        SessionFilter filter = new SessionFilter(Params.tenant(tenant), Params.subject(subject), Params.text(username),
                Params.connector(connector), Params.dialect(dialect), Params.text(clientId), Params.state(state),
                Params.instant(from, "from"), Params.instant(to, "to"));
        return Paging.page(offset, limit,
                (first, size, cap) -> browse.page(filter, SessionSort.NEWEST_FIRST, first, size, cap),
                ApiViews.SessionView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One session")
    public ApiViews.SessionView get(@PathParam("id") String id) {
        caller.admin();
        return browse.find(Params.session(id)).map(ApiViews.SessionView::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no such session"));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke one session; its tokens stop working at once on every node")
    public Response revoke(@PathParam("id") String id) {
        Session admin = caller.admin();
        if (!administer.revoke(Params.session(id), admin.username(), request.client(null))) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no live session with this id");
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("/of-subject/{subject}")
    @Operation(summary = "Revoke every live session of a user")
    public ApiViews.Page<ApiViews.SessionView> revokeAllOf(@PathParam("subject") String subject) {
        Session admin = caller.admin();
        int ended = administer.endAllOf(Params.subjectId(subject), admin.username(), request.client(null));
        return new ApiViews.Page<>(List.of(), 0, 0, ended, false);
    }
}
