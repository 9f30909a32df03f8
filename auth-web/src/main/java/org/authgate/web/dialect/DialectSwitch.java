package org.authgate.web.dialect;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.authgate.core.session.Dialect;

/**
 * The on/off gate of one dialect, the same for all five: a {@code @Provider} subclass, name-bound to the dialect's
 * resources (its {@code *Routes} annotation) and so run after matching, answers a switched-off dialect in the
 * dialect's own format before any resource method runs. Bound to resources, not to a path prefix before matching: a
 * check on the path a client wrote missed spellings that routing still matched ({@code /api;x/auth/0.1/token}).
 * Failures on paths no route matched are the dialect's {@link PrefixErrors} business.
 */
public abstract class DialectSwitch implements ContainerRequestFilter {

    /**
     * The dialect's name in its sessions and audit records. Every dialect has a switch, so the switches are the list
     * of dialects the WAR speaks (the console's filters offer them).
     */
    public abstract Dialect dialect();

    /** Whether the dialect is switched on ({@code authgate.dialect.<name>.enabled}). */
    protected abstract boolean enabled();

    /** What a route of the switched-off dialect answers. */
    protected abstract Response switchedOff(ContainerRequestContext request);

    /**
     * A further refusal of the switched-on dialect that comes before any route, as the platform does it (OneEntry's
     * application token); none by default.
     */
    protected Optional<Response> refusal(ContainerRequestContext request) {
        return Optional.empty();
    }

    // Not final, though no switch should change it: an application-scoped bean's methods must be proxyable.
    @Override
    public void filter(ContainerRequestContext request) {
        if (!enabled()) {
            request.abortWith(switchedOff(request));
        } else {
            refusal(request).ifPresent(request::abortWith);
        }
    }
}
