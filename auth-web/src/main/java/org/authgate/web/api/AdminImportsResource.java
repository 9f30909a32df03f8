package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.authgate.core.audit.Actor;
import org.authgate.core.session.Session;
import org.authgate.web.api.imports.ImportFormat;
import org.authgate.web.http.BoundedBody;
import org.authgate.web.http.ProblemException;
import org.authgate.web.http.ProblemType;
import org.authgate.web.http.RequestBodyGuard;
import org.authgate.web.usecase.ImportAccounts;
import org.authgate.web.usecase.ImportReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Administrators import accounts of another system with their password hashes ({@code format=keycloak}: a realm
 * export; {@code format=accounts}: authgate's own array), answered by a report of what was imported, skipped and
 * why rows failed. The body is read straight from the servlet request and parsed while {@link ImportAccounts}
 * commits its batches: the JSON body reader of the other resources (which reads a whole body into memory to check it
 * against {@code JsonLimits}) would hold a 100,000-account export at once. Its size is bounded by
 * {@code authgate.import.max-bytes} ({@link RequestBodyGuard} refuses a longer Content-Length with 413 before this
 * runs).
 */
@Path("/" + RequestBodyGuard.IMPORT_PATH)
@RequestScoped
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminImportsResource {

    @Inject
    Caller caller;

    @Inject
    ImportAccounts imports;

    @Inject
    @ConfigProperty(name = "authgate.import.max-bytes")
    long maxBytes;

    @Context
    HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import accounts with their password hashes; format=keycloak|accounts, tenant optional")
    public ImportReport importAccounts(@QueryParam("format") String format, @QueryParam("tenant") String tenant)
            throws IOException {
        Session admin = caller.admin();
        Actor actor = Actor.administrator(admin.subject(), admin.username());
        ImportFormat chosen = ImportFormat.of(format).orElseThrow(() -> new ProblemException(ProblemType.BAD_REQUEST,
                "format must be keycloak or accounts"));
        InputStream body = new BoundedBody(http.getInputStream(), maxBytes,
                "imports are limited to " + maxBytes + " bytes");
        try (JsonParser parser = Json.createParser(body)) {
            return imports.run(actor, chosen.value(), chosen.rows(parser, Require.tenant(tenant)));
        }
    }
}
