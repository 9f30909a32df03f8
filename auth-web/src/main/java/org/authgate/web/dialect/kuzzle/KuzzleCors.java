package org.authgate.web.dialect.kuzzle;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.authgate.web.http.CanonicalPath;

/** Kuzzle's CORS headers on its paths, so browser SDKs may call with a token and the volatile header. */
@Provider
public class KuzzleCors implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!KuzzlePaths.owns(CanonicalPath.requestPath(request.getUriInfo()))) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        String origin = request.getHeaderString("Origin");
        headers.putSingle("Access-Control-Allow-Origin", origin == null ? "*" : origin);
        if (origin != null) {
            headers.putSingle("Access-Control-Allow-Credentials", "true");
            headers.add("Vary", "Origin");
        }
        headers.putSingle("Access-Control-Allow-Methods", "GET,POST,PUT,PATCH,DELETE,HEAD,OPTIONS");
        headers.putSingle("Access-Control-Allow-Headers", "Content-Type, Access-Control-Allow-Headers, Authorization, "
                + "X-Requested-With, Content-Length, Content-Encoding, X-Kuzzle-Volatile");
    }
}
