package org.authgate.web.http;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The paths one CORS policy covers: the native API or one dialect, whose policy {@link CorsPolicies} reads from
 * {@code authgate.cors.<name>.*}. Each dialect's {@link DialectErrors} produces its scope (a CDI producer method)
 * with its own rule of ownership, so that CORS, errors and routing agree on whose path it is.
 *
 * @param name    the name in the settings ({@code native}, {@code wazo}, {@code kuzzle}, ...)
 * @param owner   true for a path (canonical, starting with '/', without the context root) in this scope
 * @param enabled false while the scope's dialect is switched off: then its paths answer no preflight and carry no
 *                CORS header, whatever the policy says
 */
public record CorsScope(String name, Predicate<String> owner, BooleanSupplier enabled) {

    public boolean owns(String path) {
        return owner.test(path);
    }

    public boolean isEnabled() {
        return enabled.getAsBoolean();
    }
}
