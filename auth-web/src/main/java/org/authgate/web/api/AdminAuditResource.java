package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.authgate.core.audit.AuditFilter;
import org.authgate.web.usecase.BrowseAudit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/audit")
@RequestScoped
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminAuditResource {
    @Inject
    Caller caller;

    @Inject
    BrowseAudit audit;

    @GET
    @Operation(summary = "Audit records, newest first, filtered and paged in the database")
    public ApiViews.Page<ApiViews.AuditView> search(@QueryParam("from") String from,
                                                   @QueryParam("to") String to,
                                                   @QueryParam("event") String event,
                                                   @QueryParam("outcome") String outcome,
                                                   @QueryParam("username") String username,
                                                   @QueryParam("subject") String subject,
                                                   @QueryParam("session") String session,
                                                   @QueryParam("connector") String connector,
                                                   @QueryParam("dialect") String dialect,
                                                   @QueryParam("address") String address,
                                                   @QueryParam("actor") String actor,
                                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                                   @QueryParam("limit") @DefaultValue("50") int limit) {
        caller.admin();
        AuditFilter filter = new AuditFilter(Params.instant(from, "from"), Params.instant(to, "to"),
                Params.event(event), Params.outcome(outcome), Params.text(username), Params.subject(subject),
                session == null ? null : Params.session(session), Params.connector(connector), Params.dialect(dialect),
                Params.text(address), Params.text(actor));
        return Paging.page(offset, limit, (first, size, cap) -> audit.page(filter, first, size, cap),
                ApiViews.AuditView::of);
    }
}
