package org.authgate.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.authgate.web.dialect.PrefixErrors;
import org.authgate.web.http.CorsScope;

/**
 * The native API's paths as a CORS scope ({@code authgate.cors.native.*}): {@code /api/v1} and the JWKS under
 * {@code /.well-known}, so that a browser app of a listed origin can log in, check its session and refresh. No
 * dialect lives under either prefix; the native API cannot be switched off.
 */
@ApplicationScoped
public class NativeCors {
    private static final String API = "/api/v1";
    private static final String WELL_KNOWN = "/.well-known";

    @Produces
    @Singleton
    CorsScope scope() {
        return new CorsScope("native", path -> PrefixErrors.under(path, API) || PrefixErrors.under(path, WELL_KNOWN),
                () -> true);
    }
}
