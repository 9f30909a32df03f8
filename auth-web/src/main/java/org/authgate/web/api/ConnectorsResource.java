package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.authgate.core.connector.Connector;
import org.authgate.web.usecase.ConnectorStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/connectors")
@RequestScoped
@Tag(name = "connectors")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectorsResource {

    @Inject
    ConnectorStatus connectors;

    @GET
    @Operation(summary = "The enabled connectors and the login form each needs")
    public List<ApiViews.ConnectorView> list() {
        return connectors.enabled().stream().map(ConnectorsResource::view).toList();
    }

    private static ApiViews.ConnectorView view(Connector c) {
        return new ApiViews.ConnectorView(c.id().value(), c.loginForm().fields().stream()
                .map(f -> new ApiViews.FormFieldView(f.name(), f.type().name().toLowerCase(Locale.ROOT), f.required(),
                        f.label()))
                .toList());
    }
}
